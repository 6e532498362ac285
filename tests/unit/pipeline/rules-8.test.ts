// General rules read from the misses of held-out set 7 (and the causes left in sets 5 and 6): places
// of things that are not meetings, meetings whose parties a gathering verb or an offer names, counted
// nouns and offices. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

describe('places of things that are not meetings', () => {
	const located = (text: string): string[] => names(extractText(text).facts, 'location');
	const clauseOnly = (text: string): boolean =>
		of(extractText(text).facts, 'location').every((f) => f.subject.scope === 'clause');

	it('places what the clause tells of on a country’s side of a border', () => {
		const text =
			'وينتشر نحو خمسين مراقباً أوروبياً على الجانب الأذربيجاني من الحدود منذ العام الماضي.';
		expect(located(text)).toEqual(['Azerbaijan']);
		expect(clauseOnly(text)).toBe(true);
		expect(located('وتمتد الدوريات على طول حدودهما من الجانب الأرميني.')).toEqual(['Armenia']);
	});

	it('does not place anything on the side someone speaks for', () => {
		expect(located('ويمثل المجموعة من الجانب الروسي نائب رئيس الوزراء أليكسي أوفرتشوك.')).toEqual(
			[]
		);
	});

	it('places a road, a line or a border through the place after «عبر» or «داخل»', () => {
		expect(
			located('وسيمر خط السكك الحديدية الجديد عبر إقليم سيونيك قبل أن يبلغ الحدود.')
		).toContain('Syunik');
		expect(located('ويمتد الطريق نحو 30 كيلومتراً داخل الأراضي الجورجية.')).not.toContain('Syunik');
		expect(located('وتعهدت الحكومة بنقل البضائع عبر جورجيا.')).toEqual([]);
		expect(located('ويمر الممر المقترح عبر جنوب أرمينيا.')).toEqual(['Armenia']);
	});

	it('places shelling in the towns it reached, also after «أبرزها»', () => {
		expect(located('وطال القصف المدفعي بلدتي غوريس وكابان خلال الليل.').sort()).toEqual([
			'Goris',
			'Kapan'
		]);
		expect(located('وقتل ثلاثة مدنيين في قصف طال قرى حدودية عدة، أبرزها جرموك.').sort()).toEqual([
			'Jermuk'
		]);
	});

	it('places people held in a city', () => {
		expect(located('وقالت الوزارة إن عشرة جنود ما زالوا محتجزين في باكو منذ الحرب.')).toEqual([
			'Baku'
		]);
	});

	it('places a checkpoint at the place a placing word leads to, not at its builder', () => {
		expect(
			located('وانتقدت يريفان نقطة تفتيش أقامتها أذربيجان الشهر الماضي عند مدخل ممر لاتشين.')
		).toEqual(['Lachin corridor']);
	});

	it('places the place a line links its clause to, after «بـ», when no corridor is named', () => {
		expect(
			located('وتخطط الحكومتان لخط أنابيب يربط البر الأذربيجاني بإقليم نخجوان خلال خمس سنوات.')
		).toContain('Nakhchivan');
		expect(located('وقال الوزير إن الاتفاق يربط الأمن بالتنمية.')).toEqual([]);
	});
});
