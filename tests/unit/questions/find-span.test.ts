import { describe, expect, it } from 'vitest';
import { findSpan } from '../../../src/lib/questions/translations';

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
