// A hosting verb («استضاف», «استضافت», «استقبل», «سيستضيف») with a person as its object: only the
// subject hosts; the object is the guest, who takes part. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names } from './helpers';

const read = (text: string) => {
	const facts = extractText(text).facts;
	return { hosts: names(facts, 'host'), participants: names(facts, 'participant') };
};

describe('the object of a hosting verb is a guest, not a second host', () => {
	it('«واستضاف الرئيس الفرنسي ماكرون علييف»: the host with his office, then the bare guest', () => {
		expect(read('واستضاف الرئيس الفرنسي ماكرون علييف في قصر الإليزيه يوم الاثنين.')).toEqual({
			hosts: ['Emmanuel Macron'],
			participants: ['Ilham Aliyev']
		});
	});

	it('reads «استقبل» and the feminine «استضافت» the same way', () => {
		expect(read('استقبل الرئيس الفرنسي ماكرون علييف في باريس.')).toEqual({
			hosts: ['Emmanuel Macron'],
			participants: ['Ilham Aliyev']
		});
		expect(read('استضافت وزيرة الخارجية الفرنسية كاترين كولونا ميرزويان في باريس.')).toEqual({
			hosts: ['Catherine Colonna'],
			participants: ['Ararat Mirzoyan']
		});
	});

	it('keeps hosts joined by «و» together, and finds guests past a date', () => {
		expect(
			read('استضاف الرئيس الفرنسي ماكرون والمستشار الألماني شولتس علييف وباشينيان في باريس.')
		).toEqual({
			hosts: ['Emmanuel Macron', 'Olaf Scholz'],
			participants: ['Ilham Aliyev', 'Nikol Pashinyan']
		});
		expect(
			read(
				'استضاف رئيس المجلس الأوروبي شارل ميشيل اليوم الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان.'
			)
		).toEqual({ hosts: ['Charles Michel'], participants: ['Ilham Aliyev', 'Nikol Pashinyan'] });
	});

	it('finds the guests after the verb when its subject stands before it («لافروف سيستضيف …»)', () => {
		expect(
			read(
				'وأعلنت الخارجية الروسية أن الوزير سيرغي لافروف سيستضيف يوم الجمعة المقبل نظيريه الأذربيجاني جيهون بيراموف والأرميني أرارات ميرزويان.'
			)
		).toEqual({ hosts: ['Sergei Lavrov'], participants: ['Jeyhun Bayramov', 'Ararat Mirzoyan'] });
	});

	it('leaves a hosted meeting alone: «استضاف بوتين اجتماعاً» has no guest', () => {
		expect(read('استضاف الرئيس الروسي فلاديمير بوتين، الخميس، اجتماعاً في الكرملين.').hosts).toEqual(
			['Vladimir Putin']
		);
	});
});
