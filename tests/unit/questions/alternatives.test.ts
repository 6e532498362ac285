// «لمدة 10 أو 15 أو 20 عامًا»: a figure written as a list of alternatives, asked as the list. Sentences
// written for these tests, run through the real extractor, lexicon and generator.
import { describe, expect, it } from 'vitest';
import { built } from './made-up';
import { alternativeDistractors, renderAlternatives } from '../../../src/lib/questions/alternatives';

const figures = (b: ReturnType<typeof built>) => b.bank.questions.filter((q) => q.kind === 'figure');

describe('wrong lists', () => {
	it('share no value with the answer, one lower and one higher throughout, none repeated', () => {
		for (const [answer, seed] of [
			[[10, 15, 20], 'a'],
			[[300, 500], 'b'],
			[[7, 11], 'c']
		] as const) {
			const wrong = alternativeDistractors(answer, seed);
			expect(wrong).toHaveLength(3);
			const keys = new Set(wrong?.map((l) => l.join('|')));
			expect(keys.size).toBe(3);
			for (const l of wrong ?? []) {
				expect(l).toHaveLength(answer.length);
				expect(l.some((v) => (answer as readonly number[]).includes(v))).toBe(false);
			}
			expect(wrong?.some((l) => l.every((v, i) => v < (answer[i] as number)))).toBe(true);
			expect(wrong?.some((l) => l.every((v, i) => v > (answer[i] as number)))).toBe(true);
		}
	});

	it('never repeat a list another report states', () => {
		const stated = (l: readonly number[]) => l.join('|') === '4|6|8';
		for (const seed of ['a', 'b', 'c', 'd'])
			expect(alternativeDistractors([10, 15, 20], seed, stated)?.map((l) => l.join('|'))).not.toContain('4|6|8');
	});

	it('are written like the source: the noun agrees with the last number', () => {
		expect(renderAlternatives([10, 15, 20], { unit: 'year' }, 'mandate-years', 'ar')).toBe('10 أو 15 أو 20 عامًا');
		expect(renderAlternatives([10, 15, 20], { unit: 'year' }, 'mandate-years', 'en')).toBe('10, 15 or 20 years');
		expect(renderAlternatives([4, 6, 8], { unit: 'year' }, 'mandate-years', 'ar')).toBe('4 أو 6 أو 8 أعوام');
		// «1 أو عامان» is no Arabic.
		expect(renderAlternatives([1, 2], { unit: 'year' }, 'mandate-years', 'ar')).toBeNull();
	});
});

describe('a list of alternatives in an article', () => {
	it('is asked as the list with its measure’s list wording', () => {
		const b = built('وقال وزير الخارجية إن بلاده مستعدة لتمديد تفويض قوات حفظ السلام لمدة 5 أو 10 أعوام.');
		const [q] = figures(b);
		expect(q?.prompt.ar).toBe('ما المدة التي يذكرها المقال لتمديد تفويض قوات حفظ السلام؟');
		expect(q?.prompt.en).toBe('According to the article, for how long could the peacekeepers’ mandate be extended?');
		expect(q?.options[q.answer]).toEqual({ ar: '5 أو 10 أعوام', en: '5 or 10 years' });
		for (const o of q?.options ?? []) expect(o.en).toMatch(/^\d+ or \d+ years$/);
	});

	it('keeps a measure’s own wording when it presupposes no single value', () => {
		const [q] = figures(built('وأعلن الرئيس استعداده لنشر 400 أو 600 جندي من قوات حفظ السلام على الحدود.'));
		expect(q?.prompt.en).toBe('How many peacekeepers does the article mention?');
		expect(q?.options[q.answer]).toEqual({ ar: '400 أو 600 جندي', en: '400 or 600 soldiers' });
	});

	it('makes no peacekeeping mandate of a span with no peacekeeping word', () => {
		const b = built('وتعهد الرئيس بتمديد ولايته لمدة 5 أو 10 أعوام.');
		expect(b.facts.find((f) => f.kind === 'figure')?.subject.measure).not.toBe('mandate-years');
		expect(figures(b)).toEqual([]);
	});
});
