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
// never saw set 4: 46.2% recall, 88.9% precision, 7 wrong values before that work, 51.4%, 87.0% and 9
// after it. Its failures were then read for general rules (dates a weekday and its day, Maghrebi
// «الفاتح», «20 منه», every date of a clause; names a careful editor adds to the lexicon; meetings told
// outside their own phrase: invitations, visits, chairs, calls, signings, «استقبله»; role phrases
// without a country; counted nouns and compound numbers; places by compass phrases, rallies, incidents,
// «الربط بين»): 95.7% recall, 99.0% precision, no wrong value after them, and held-out 3 rose to 90.8%
// on the way. So set 4 is seen through its failures too; a newer set measures the rules honestly.
// Set 5 (5 articles, 275 facts: a Russian state outlet, Turkish agency copy, a TV transcript, an
// explainer in Arabic-Indic digits and a Levantine site with Syriac month names) was written by an
// editor who never saw the extractor, while set 4's rules were being written by people who never saw
// set 5: 54.5% recall, 89.3% precision and 5 wrong values before that work, 66.9%, 89.9% and 4 after
// it. Its failures were then read for general rules (the day before yesterday, a part of a year without
// «عام», «من العام ذاته»; a hosting verb's object is its guest; names a careful editor adds to the
// lexicon; attendees after «شارك في»/«حضر»; plural offices over lists; press secretaries, fields and
// former offices; «كلاً من», signers after «وقّعه», a denied mediator, «على هامش القمة» between those
// who met, readiness to host; flights, mines, partitive counts, shared and square units, one casualty by
// its singular noun; venues «بمدينة», «بضواحي», «في الكرملين»; incidents and mines placed «قرب»/«في»,
// checkpoints past a date, a corridor called a road «بين» two places): 87.3% recall, 93.8% precision,
// no wrong value after them; the seed gold and sets 1, 2 and 4 kept their figures, set 3 rose from 90.8%
// to 92.0%. So set 5 is seen through its failures too; set 6, written blind meanwhile, measures them.
// Set 6 (5 articles, 280 facts: an Iranian outlet, an Azerbaijani state agency, UN News, a
// Lebanese-Armenian weekly, a year-review magazine in Arabic-Indic digits) was written by an editor who
// never saw the extractor: 59.3% recall, 86.4% precision and 4 wrong values before set 5's rules, 60.0%,
// 87.4% and 2 after them. Set 5's rules barely carried over to it. Its failures were then read for
// general rules (children, patients, blankets, beds, votes, mediators and commissions counted; martyrs
// killed, the missing and «بين قتيل ومفقود» as casualties, one official by his noun; a name in a list
// before its office, the dual «نائبي رئيسي الوزراء الأذربيجاني X والأرميني Y», a state's full name;
// «شارك فيها», a meeting that gathers those named after it, «قمة X وY»): 72.5% recall, 92.7% precision,
// 1 wrong value after them; the seed gold and sets 1-5 kept their figures. So set 6 is seen through its
// failures too; set 7, written blind meanwhile, measures them.
// Set 7 (5 articles, 260 facts: an Egyptian daily with Hijri dates, a French broadcaster's Arabic
// site, a Chinese state agency without hamzas, a Gulf business daily, a Saudi channel's press-conference
// summary) was written blind while set 6's rules were written: 74.2% recall, 88.8% precision, 3 wrong
// values before them, 74.6%, 89.3% and 3 after. Only its wrong values were then read: all three were a
// weekday and its date read apart («الاثنين الموافق 11 يناير», «الخميس (25 مايو)»), which one general
// rule joined (75.8%, 92.0%, none wrong). Its misses have not been read, so it still measures the rules
// nearly blind.
// Later rules from the misses left in sets 5 and 6 (a meeting verb's object after its date and place;
// «بدعوة من X» as host unless the meeting is known to be elsewhere or on another gathering's sidelines;
// offices of international bodies): set 5 87.3% -> 87.6% recall, 93.8% -> 94.2% precision; set 6
// 72.5% -> 74.6%, 92.7% -> 93.3% (its new known value r070 is an office the scorer cannot tie to the
// holder of the day); set 7, still unread, 75.8% -> 76.2%, 92.0% -> 92.5%.
// Set 7's misses were then read for general rules (rules-8.test.ts: places of things that are not
// meetings, a side of a border, routes «عبر»/«داخل», shelling that «طال» towns, people held «في»;
// experts, delegates, projects, megawatts, «تريليون», construct duals, «ساعة ونصف»; «جمعته بـ», a
// gathering verb after a comma, «مستعد لاستضافة», «الذي استضافهما»; a minister of any portfolio, chairs
// per side; one casualty as a passive verb's subject; a fronted place): 76.2% -> 91.5% recall,
// 92.5% -> 94.0% precision, no wrong value; set 5 87.6% -> 88.4%, set 6 74.6% -> 77.5%, set 4
// 95.7% -> 96.6%; the seed gold kept 100% and 94.4%. So set 7 is seen through its failures too; set 8,
// written blind meanwhile, measures them.
// Set 8 (5 articles, 280 facts: a Moroccan daily with Maghrebi month names, a German broadcaster's
// analysis, an Armenian ministry statement in Arabic-Indic digits, a think-tank brief with a dd/mm/yyyy
// timeline, a question-and-answer interview) was written blind while set 7's misses were read for
// rules: 76.8% recall, 90.0% precision and 6 wrong values before those rules. It is kept blind: only
// its figures are printed, and its wrong values are counted, not read. After set 7's rules: 78.2%
// recall, 90.2% precision, the wrong values still within the limit (what those rules carried to
// unseen text). Its misses and wrong values were then read for general rules (rules-9.test.ts: numbers
// written out in full, «ليلة 9 إلى 10», «19–20/09/2023», «فاتح», «من العام نفسه» across sentences;
// points, patrols, leaders, «… اثنين», meeting ordinals, captured soldiers, definite spans; «بنظيريه»,
// a call's «بـ» parties, «الوزير الأول», «اليوم نفسه»; a signing «من قبل … بحضور …», «بـ»/«قرب» a city;
// invitations by verb; routes «يمر/يمتد في», borders and links «بين», seats, residences; «الذي
// استضاف», a body's special representative, «وزيرا خارجية البلدين», «المستشار الاتحادي»; places
// the lexicon lacked):
// 78.2% -> 95.7% recall, 90.2% -> 94.1% precision, 6 -> 0 wrong values; set 7 91.5% -> 93.8%, set 6
// 77.5% -> 80.4% (its r228 fixed), set 5 88.4% -> 89.8%; the seed gold kept 100% and 94.4%. So set 8
// is seen through its failures too; set 9, written blind meanwhile, measures them.
// Set 9 (5 articles, 280 facts: a Sudanese daily, a British broadcaster's Arabic site, an Iraqi Kurdish
// site, a trade weekly with a figures box, a Yemeni opinion column) was written blind while set 8's
// misses were read: 75.4% recall, 92.2% precision, 3 wrong values before set 7's rules, 76.8%, 91.5% and
// 3 after them, 77.9%, 92.4% and 2 after set 8's. It is kept blind like set 8 was: only its figures
// print, and its floor and wrong-value limit follow what it measured, no more.

import { describe, expect, it } from 'vitest';
import { loadGold, reportScore, scoreExtraction } from './support/gold-match';

interface HeldOutSet {
	name: string;
	dir: string;
	minRecall: number;
	/** Wrong values read and explained: any other fails the test. */
	knownWrong?: string[];
	/** A blind set: only its figures print, and no more wrong values than this (left unread). */
	unreadWrong?: number;
}

const sets: HeldOutSet[] = [
	{ name: 'held-out 1 (seen through its failures)', dir: 'tests/heldout', minRecall: 0.9 },
	{ name: 'held-out 2 (seen through its failures)', dir: 'tests/heldout2', minRecall: 0.9 },
	{
		name: 'held-out 3 (seen through its failures)',
		dir: 'tests/heldout3',
		minRecall: 0.9,
		knownWrong: [
			// Named by office only: the extractor gives the office (it used to give the country), the gold
			// its holder, whom the lexicon gives no office.
			'm001: extracted Foreign Minister of Turkey where gold says {"entity":"Hakan Fidan"}',
			'm034: extracted Serdar Kılıç where gold says {"entity":"Serdar Kilic"}',
			'm036: extracted Serdar Kılıç where gold says {"entity":"Serdar Kilic","office":"special-envoy","country":"Turkey"}'
		]
	},
	{
		name: 'held-out 4 (seen through its failures)',
		dir: 'tests/heldout4',
		minRecall: 0.95,
		knownWrong: []
	},
	{
		name: 'held-out 5 (seen through its failures)',
		dir: 'tests/heldout5',
		minRecall: 0.87,
		knownWrong: []
	},
	{
		name: 'held-out 6 (seen through its failures)',
		dir: 'tests/heldout6',
		minRecall: 0.74,
		knownWrong: [
			// «بدعوة من المستشار الألماني»: the host named by office only is kept as the office (holders
			// change); the gold names the holder of the day, Scholz, and the lexicon gives the office to
			// Merz, its holder now, so the scorer cannot match them. Kind and office are right.
			'r070: extracted Chancellor of Germany where gold says {"entity":"Olaf Scholz"}'
		]
	},
	{
		name: 'held-out 7 (seen through its failures)',
		dir: 'tests/heldout7',
		minRecall: 0.91,
		knownWrong: []
	},
	{
		name: 'held-out 8 (seen through its failures)',
		dir: 'tests/heldout8',
		minRecall: 0.95,
		knownWrong: []
	},
	{
		// Blind: only its figures are printed, and its wrong values are counted, not listed.
		name: 'held-out 9 (unread)',
		dir: 'tests/heldout9',
		minRecall: 0.77,
		unreadWrong: 2
	}
];

for (const set of sets) {
	describe(set.name, () => {
		const score = scoreExtraction(`${set.dir}/articles`, loadGold(`${set.dir}/facts.json`));
		const unreadWrong = set.unreadWrong ?? null;
		reportScore(set.name, score, unreadWrong !== null);

		it(`finds at least ${set.minRecall * 100}% of the gold facts`, () => {
			expect(score.recall).toBeGreaterThanOrEqual(set.minRecall);
		});

		it('extracts no wrong value where a gold answer stands, beyond the known ones', () => {
			// A blind set's wrong values are not read: no more of them than when it was first measured.
			if (unreadWrong !== null) expect(score.wrong.length).toBeLessThanOrEqual(unreadWrong);
			else {
				const known = new Set(set.knownWrong ?? []);
				expect(score.wrong.filter((w) => !known.has(w))).toEqual([]);
			}
		});
	});
}
