// Measures the extractor against the hand-written gold facts of the five articles
// (tests/gold/facts.json): recall, precision over the sentences the gold file covers, and wrong values.
import { describe, expect, it } from 'vitest';
import { loadGold, reportScore, scoreExtraction } from './support/gold-match';

describe('gold facts of the five articles', () => {
	const score = scoreExtraction('questions/articles', loadGold('tests/gold/facts.json'));
	reportScore('gold', score);

	it('finds at least 90% of the gold facts with the right value', () => {
		expect(score.recall).toBeGreaterThanOrEqual(0.9);
	});

	it('extracts no wrong value where a gold answer stands', () => {
		expect(score.wrong).toEqual([]);
	});
});
