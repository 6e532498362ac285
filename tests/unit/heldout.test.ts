// Generalisation: articles written in other outlets' styles that the rules were never tuned on
// (tests/heldout/). Their gold facts follow the same format as tests/gold/facts.json.
import { describe, expect, it } from 'vitest';
import { loadGold, reportScore, scoreExtraction } from './support/gold-match';

describe('held-out articles', () => {
	const score = scoreExtraction('tests/heldout/articles', loadGold('tests/heldout/facts.json'));
	reportScore('held-out', score);

	it('finds at least 75% of the gold facts of articles the rules were not tuned on', () => {
		expect(score.recall).toBeGreaterThanOrEqual(0.75);
	});

	it('extracts no wrong value where a gold answer stands', () => {
		expect(score.wrong).toEqual([]);
	});
});
