// Generalisation: articles written in other outlets' styles (tests/heldout*/), gold facts in the same
// format as tests/gold/facts.json. The failures of the first two sets were seen by the engineers who
// then improved the general rules, so neither is unseen any more; each newer set is written after that.
// Set 3 (3 articles, 163 facts, written by an editor who never saw the extractor) was first measured at
// 47.2% recall, 88.6% precision and 3 wrong values, then 49.7% and 89.1% once the lexicon grew (by an
// editor who did not look at the set either); its failures were then read to find general rules
// for people, offices, participants, hosts and venues (77.3% recall, 94.1% precision after them),
// then for numbers, quantities and dates (percentages, fractions of hours, decades, counted articles
// and rounds, duals, ranges sharing one «ألف», next year, halves of a year, dates of referendums,
// incidents and statements: 87.1% recall, 95.4% precision after them), so it is no longer unseen
// either. Its floors hold what the rules reach on it, and its known wrong values are listed, so a new
// one fails the test (two are the lexicon's spelling «Serdar Kılıç» against the gold's «Serdar Kilic»).
// Set 4 (4 articles, 208 facts: Gulf, Maghrebi, agency and Iraqi live-blog styles) was written by an
// editor who never saw the extractor, while the rules above were being written from set 3, by people who
// never saw set 4. Measured on the rules before that work: 46.2% recall, 88.9% precision, 7 wrong values;
// after it: 51.4%, 87.0%, 9. Its failures have not been read for rules. Seven of its wrong values are a
// weekday and a day-and-month extracted as two dates where the editor wrote one.
import { describe, expect, it } from 'vitest';
import { loadGold, reportScore, scoreExtraction } from './support/gold-match';

const sets = [
	{ name: 'held-out 1 (seen through its failures)', dir: 'tests/heldout', minRecall: 0.9 },
	{ name: 'held-out 2 (seen through its failures)', dir: 'tests/heldout2', minRecall: 0.9 },
	{
		name: 'held-out 3 (seen through its failures)',
		dir: 'tests/heldout3',
		minRecall: 0.85,
		knownWrong: [
			// Named by office only: the extractor gives the office (it used to give the country), the gold
			// its holder, whom the lexicon gives no office.
			'm001: extracted Foreign Minister of Turkey where gold says {"entity":"Hakan Fidan"}',
			'm034: extracted Serdar Kılıç where gold says {"entity":"Serdar Kilic"}',
			'm036: extracted Serdar Kılıç where gold says {"entity":"Serdar Kilic","office":"special-envoy","country":"Turkey"}'
		]
	},
	{
		name: 'held-out 4 (never shown to the rules)',
		dir: 'tests/heldout4',
		minRecall: 0.5,
		knownWrong: [
			'n018: extracted Kazakhstan where gold says {"entity":"Murat Nurtleu"}',
			'n053: extracted {"value":417,"qualifier":"exact","unit":"person"} where gold says {"number":100417,"qualifier":"exact","unit":"person"}',
			'n057: extracted {"day":20,"month":9} where gold says {"weekday":3,"day":20,"month":9}',
			'n072: extracted {"weekday":4} where gold says {"weekday":4,"day":21,"month":9}',
			'n072: extracted {"day":21,"month":9} where gold says {"weekday":4,"day":21,"month":9}',
			'n077: extracted {"weekday":1} where gold says {"weekday":1,"day":25,"month":9}',
			'n077: extracted {"day":25,"month":9} where gold says {"weekday":1,"day":25,"month":9}',
			'n099: extracted {"weekday":4} where gold says {"weekday":4,"day":5,"month":10}',
			'n099: extracted {"day":5,"month":10} where gold says {"weekday":4,"day":5,"month":10}'
		]
	}
];

for (const set of sets) {
	describe(set.name, () => {
		const score = scoreExtraction(`${set.dir}/articles`, loadGold(`${set.dir}/facts.json`));
		reportScore(set.name, score);

		it(`finds at least ${set.minRecall * 100}% of the gold facts`, () => {
			expect(score.recall).toBeGreaterThanOrEqual(set.minRecall);
		});

		it('extracts no wrong value where a gold answer stands, beyond the known ones', () => {
			const known = new Set('knownWrong' in set ? set.knownWrong : []);
			expect(score.wrong.filter((w) => !known.has(w))).toEqual([]);
		});
	});
}
