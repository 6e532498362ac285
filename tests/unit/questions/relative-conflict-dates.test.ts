// A war, clashes or ceasefire dated relative to its article («في العاشر من الشهر الجاري»): asked
// «according to the article» when the sentence names the conflict's two sides. Articles written for
// these tests, run through the real extractor and lexicon.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';


const talks = 'وعقد وفدا إسرائيل ولبنان جولة محادثات في باريس برعاية فرنسا يوم الاثنين.';
const rome = 'والتقى وزيرا خارجية إسرائيل ولبنان في روما يوم الخميس بحضور وزير الخارجية الأمريكي.';
const relativeDateQuestions = (bank: ReturnType<typeof bankOf>) =>
	bank.questions.filter((q) => q.template.startsWith('date_relative_'));

describe('a conflict dated relative to its article', () => {
	it('asks a ceasefire «reached on the 27th of last month» against other days of that month', () => {
		const bank = bankOf(
			`${talks}\nوحثّ الوسطاء إسرائيل ولبنان على احترام اتفاق وقف إطلاق النار الذي تم التوصل إليه في السابع والعشرين من الشهر الماضي.`,
			rome
		);
		const [q] = relativeDateQuestions(bank);
		expect(q?.prompt.ar).toBe('متى أُبرم اتفاق وقف إطلاق النار بين إسرائيل ولبنان بحسب المقال؟');
		expect(q?.prompt.en).toBe(
			'According to the article, when was the ceasefire agreement between Israel and Lebanon concluded?'
		);
		expect(q?.options[q.answer]).toEqual({ ar: 'يوم 27 من الشهر الماضي', en: 'the 27th of last month' });
		expect(q?.options).toHaveLength(4);
		for (const [i, o] of (q?.options ?? []).entries()) {
			if (i === q?.answer) continue;
			expect(o.ar).toMatch(/^يوم \d+ من الشهر الماضي$/);
			expect(o.en).toMatch(/^the \d+(?:st|nd|rd|th) of last month$/);
		}
	});

	it('leaves it when the sentence does not name the two sides before the date', () => {
		const bank = bankOf(
			`${talks}\nودعا الوسطاء إلى احترام وقف إطلاق النار الذي أُعلن في العاشر من الشهر الجاري.`,
			rome
		);
		expect(relativeDateQuestions(bank)).toEqual([]);
	});

	it('leaves it when another report dates a ceasefire on another day of the month', () => {
		const bank = bankOf(
			`${talks}\nوحثّ الوسطاء إسرائيل ولبنان على احترام اتفاق وقف إطلاق النار الذي تم التوصل إليه في العاشر من الشهر الجاري.`,
			`${rome}\nوطالبت فرنسا إسرائيل ولبنان باحترام اتفاق وقف إطلاق النار الذي أُعلن في الرابع من الشهر الجاري.`
		);
		expect(relativeDateQuestions(bank)).toEqual([]);
	});
});
