// Parties of a meeting told in other outlets' words: «كلاً من» after the meeting verb, the signers of a
// document named before «وقّعه», and a mediator denied («من دون أي وسيط»). Sentences are written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names } from './helpers';

const read = (text: string) => {
	const facts = extractText(text).facts;
	return { participants: names(facts, 'participant'), mediators: names(facts, 'mediator') };
};

describe('parties of a meeting', () => {
	it('reads the list after «كلاً من»', () => {
		expect(
			read(
				'ويلتقي الرئيس فلاديمير بوتين كلاً من علييف وباشينيان في الخامس والعشرين من الشهر الجاري.'
			).participants
		).toEqual(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan']);
	});

	it('reads the signers after «وقّعه» when a document stands just before it', () => {
		expect(
			read('وانتهت الحرب ببيان ثلاثي وقّعه بوتين وعلييف وباشينيان ونص على نشر قوة لحفظ السلام.')
				.participants
		).toEqual(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan']);
		// One signer is no joint signing, so no meeting.
		expect(read('وهو الاتفاق الذي وقّعه بوتين في موسكو.').participants).toEqual([]);
	});

	it('names no mediator where the text denies one', () => {
		expect(
			read(
				'وقال إن البيان ثمرة مفاوضات مباشرة أجراها مع أمين مجلس الأمن القومي الأرميني أرمين غريغوريان، "من دون أي وسيط".'
			)
		).toEqual({ participants: ['Armen Grigoryan'], mediators: [] });
	});

	it('reads the one met after «على هامش القمة», an office whose last word opens its body', () => {
		expect(
			read(
				'كما التقى باشينيان على هامش القمة رئيسة المفوضية الأوروبية أورسولا فون دير لاين، التي أعلنت مضاعفة المساعدات.'
			).participants
		).toEqual(['Nikol Pashinyan', 'Ursula von der Leyen']);
	});

	it('makes the one ready to host a host («أبدت موسكو استعدادها لاستضافة …»)', () => {
		expect(
			names(extractText('فيما أبدت موسكو استعدادها لاستضافة مفاوضات معاهدة السلام.').facts, 'host')
		).toEqual(['Moscow']);
		expect(
			names(extractText('وأعربت تركيا عن استعدادها لاستضافة المحادثات.').facts, 'host')
		).toEqual(['Turkey']);
	});
});
