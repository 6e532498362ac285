// An invasion whose sentence names its aggressor and victim («منذ غزوها أوكرانيا في أواخر فبراير»,
// «غزو العراق للكويت في أغسطس 1990»): asked as «when did A invade B?» unless another report dates a
// war or clashes between the same two countries otherwise. Articles written for these tests, run
// through the real extractor and lexicon.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';


const invasionQuestions = (bank: ReturnType<typeof bankOf>) =>
	bank.questions.filter((q) => q.template === 'date_invasion');

const talks = 'وعقد وزيرا خارجية تركيا واليونان محادثات في أنقرة يوم الاثنين.';

describe('an invasion named by its two sides', () => {
	it('reads the aggressor of «غزوها» from the one country named before it', () => {
		const bank = bankOf(
			`${talks}\nوتواجه روسيا عقوبات غربية واسعة منذ غزوها أوكرانيا في أواخر فبراير، بحسب دبلوماسيين.`
		);
		const [q] = invasionQuestions(bank);
		expect(q?.prompt).toEqual({
			ar: 'متى غزت روسيا أوكرانيا بحسب المقال؟',
			en: 'According to the article, when did Russia invade Ukraine?'
		});
		expect(q?.options[q.answer]).toEqual({ ar: 'أواخر فبراير', en: 'late February' });
		expect(q?.options).toHaveLength(4);
		// Wrong options: other parts of February or the same part of a neighbouring month.
		for (const [i, o] of (q?.options ?? []).entries()) {
			if (i === q?.answer) continue;
			expect(o.ar).toMatch(/^(?:مطلع|منتصف|أواخر) (?:يناير|فبراير|مارس)$/);
		}
	});

	it('reads «غزو العراق للكويت» with a masculine aggressor and a year', () => {
		const bank = bankOf(`${talks}\nوأعاد التصعيد إلى الأذهان غزو العراق للكويت في أغسطس 1990.`);
		const [q] = invasionQuestions(bank);
		expect(q?.prompt).toEqual({
			ar: 'متى غزا العراق الكويت بحسب المقال؟',
			en: 'According to the article, when did Iraq invade Kuwait?'
		});
		expect(q?.options[q.answer]?.en).toBe('August 1990');
	});

	it('reads the aggressor from a country adjective: «الغزو الروسي لجورجيا»', () => {
		const bank = bankOf(`${talks}\nوذكّر المسؤول بالغزو الروسي لجورجيا عام 2008.`);
		const [q] = invasionQuestions(bank);
		expect(q?.prompt.ar).toBe('متى غزت روسيا جورجيا بحسب المقال؟');
		expect(q?.options[q.answer]?.en).toBe('2008');
	});

	it('leaves it when two countries before «غزوها» could be the aggressor', () => {
		const bank = bankOf(
			`${talks}\nوزادت الصين تجارتها مع روسيا منذ غزوها أوكرانيا في أواخر فبراير.`
		);
		expect(invasionQuestions(bank)).toEqual([]);
	});

	it('leaves it when the date does not follow the victim in the same clause', () => {
		const bank = bankOf(
			`${talks}\nوتواجه روسيا عقوبات منذ غزوها أوكرانيا، وقد شددها الاتحاد الأوروبي في أواخر فبراير.`
		);
		expect(invasionQuestions(bank)).toEqual([]);
	});

	it('leaves it when another report dates a war between the same countries otherwise', () => {
		const bank = bankOf(
			`${talks}\nوتواجه روسيا عقوبات غربية واسعة منذ غزوها أوكرانيا في أواخر فبراير.`,
			'واندلعت الحرب بين روسيا وأوكرانيا عام 2014 في إقليم دونباس.'
		);
		expect(invasionQuestions(bank)).toEqual([]);
	});
});
