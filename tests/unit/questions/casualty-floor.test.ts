// A toll one report gives exactly and another as a floor («286», «286 على الأقل»): only lower counts
// are false by both, and they read like the answer. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';

const casualtyQuestions = (...texts: string[]) =>
	bankOf(...texts).questions.filter((q) => q.kind === 'casualties');

describe('an exact toll that another report gives as a floor', () => {
	it('offers exact lower counts, never «about», never a count the floor leaves open', () => {
		const questions = casualtyQuestions(
			'وخلفت الاشتباكات الحدودية بين أرمينيا وأذربيجان في سبتمبر 286 قتيلاً بحسب حصيلة رسمية.',
			'وقتل 286 شخصاً على الأقل في الاشتباكات الحدودية بين أرمينيا وأذربيجان في سبتمبر.'
		);
		const q = questions.find((x) => x.options[x.answer]?.en === '286 dead');
		expect(q, JSON.stringify(questions.map((x) => x.options))).toBeDefined();
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer);
		expect(wrong).toHaveLength(3);
		for (const o of wrong) {
			expect(o.en).toMatch(/^\d+ dead$/);
			expect(o.ar).not.toMatch(/نحو/);
			expect(Number(o.en?.split(' ')[0])).toBeLessThanOrEqual(286 * 0.7);
		}
	});
});
