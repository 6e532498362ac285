import { describe, expect, it } from 'vitest';
import { findSpan, spelledVariants } from '../../../src/lib/questions/translations';

describe('findSpan (the English highlight)', () => {
	it('finds a whole word, case-insensitively', () => {
		expect(findSpan('Talks in Brussels ended.', 'brussels')).toEqual([9, 17]);
	});

	it('skips an occurrence inside a longer word and takes the next whole one', () => {
		const sentence = 'Russian Foreign Ministry said the ministers of Russia, Armenia and Azerbaijan will meet.';
		const span = findSpan(sentence, 'Russia');
		expect(span).toEqual([47, 53]);
		expect(sentence.slice(...(span as [number, number]))).toBe('Russia');
	});

	it('gives no span rather than part of a word', () => {
		expect(findSpan('The Russian side agreed.', 'Russia')).toBeUndefined();
		expect(findSpan('It lasted 2000 days.', '200')).toBeUndefined();
	});

	it('keeps multi-word and numeric answers', () => {
		expect(findSpan('about 30,000 people died', '30,000')).toEqual([6, 12]);
		expect(findSpan('on 7 December in Brussels', '7 December')).toEqual([3, 13]);
	});
});

describe('spelledVariants (numbers a translator spelled out)', () => {
	it('spells ordinals and cardinals out, as a translation mostly does', () => {
		expect(spelledVariants('the 10th of this month')).toContain('the tenth of this month');
		expect(spelledVariants('the 21st of last month')).toContain('the twenty-first of last month');
		expect(spelledVariants('3 days')).toEqual(['three days']);
		expect(spelledVariants('12 months')).toEqual(['twelve months']);
	});

	it('reads a single unit with the article too', () => {
		expect(spelledVariants('1 month')).toEqual(['one month', 'a month']);
		expect(spelledVariants('1 hour')).toContain('one hour');
	});

	it('leaves text without small numbers alone', () => {
		expect(spelledVariants('7,000 people')).toEqual([]);
		expect(spelledVariants('Brussels')).toEqual([]);
		expect(spelledVariants('2020')).toEqual([]);
	});

	it('gives a bare number no variant: «two» alone could be any two of the sentence', () => {
		expect(spelledVariants('2')).toEqual([]);
		expect(spelledVariants('10th')).toEqual([]);
	});

	it('lets the highlight find a spelled-out answer in the sentence', () => {
		const sentence = 'This summit comes a month after border clashes.';
		const found = spelledVariants('1 month')
			.map((v) => findSpan(sentence, v))
			.find(Boolean);
		expect(found && sentence.slice(...found)).toBe('a month');
	});
});
