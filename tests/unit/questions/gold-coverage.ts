// Measures which gold facts the bank asks, and classifies every other one by a general rule computed
// from the extractor's facts and the generator's notes (never from a list of gold ids).
import { answerInSpan, type BuildResult, type GenerationNote } from '../../../src/lib/questions';
import { join } from 'node:path';
import { readLexicon } from '../../../src/cli/inputs';
import { normalizeArabic } from '../../../src/lib/pipeline/normalize';
import type { Fact, Lexicon } from '../../../src/lib/pipeline/types';
import { ROOT } from './real-bank';

export interface GoldFact {
	id: string;
	kind: string;
	article: string;
	sentence: string;
	answer: string;
	value: { entity?: string; number?: number; [field: string]: unknown };
	about?: string;
}

/** Why a gold fact is not asked: a rule the generator applies to every fact alike. */
export const exclusionRules: { rule: string; why: string; note: RegExp }[] = [
	{
		rule: 'relative-date',
		why: 'its only statement is a date the article does not anchor («اليوم», «العام الماضي», a bare weekday)',
		note: /has no absolute form|weekday or relative/
	},
	{
		rule: 'open-participant-list',
		why: 'no sentence closes the participant list, so a non-participant is not provably false',
		note: /closes the list of participants/
	},
	{
		rule: 'metonym-participant',
		why: 'the participant is a capital or body standing for a side («باكو ويريفان»)',
		note: /capital or body standing for a side/
	},
	{
		rule: 'no-event',
		why: 'mediation or sponsorship «in general» («توسطت روسيا تاريخيًا»): no meeting the question could name',
		note: /in general, with no meeting/
	},
	{
		rule: 'not-specific',
		why: 'every description the corpus allows also fits another event with another answer',
		note: /specific|does not single out/
	},
	{
		rule: 'called-off',
		why: 'the meeting is called off («لن يُعقد»): asking who, where or when it meets would mislead',
		note: /called off/
	},
	{
		rule: 'list-quantity',
		why: 'the figure is a list of alternatives («10 أو 15 أو 20»), not one value',
		note: /a range, a list/
	},
	{
		rule: 'interval',
		why: 'a span counted from the article\'s date or from another event («قبل ثلاثة أيام», «بعد شهر من»), not a standalone figure',
		note: /span counted from/
	},
	{
		rule: 'no-distractors',
		why: 'fewer than three wrong options of the same type exist in the corpus and lexicon',
		note: /fewer than 3 /
	},
	{
		rule: 'second-answer',
		why: 'the question it would make has another true answer, already asked (two arrangers of one meeting)',
		note: /a second true answer/
	},
	{
		rule: 'separate-meetings',
		why: 'the sentence reports several separate meetings («اجتماعات ثنائية منفصلة»): no one meeting to state',
		note: /several separate meetings/
	},
	{
		rule: 'offer-not-meeting',
		why: 'the «meeting» is only offered or proposed, so who, where or when it takes place is not stated',
		note: /offered|proposed/
	}
];

export const NOT_EXTRACTED = 'not-extracted';

function sentenceOf(bank: BuildResult['bank'], article: string, index: number): string {
	return bank.articles.find((a) => a.id === article)?.sentences[index]?.ar ?? '';
}

function valueMatches(g: GoldFact, fact: Fact, spanText: string): boolean {
	const v = fact.value;
	if (g.value.entity !== undefined) return v.type === 'entity' && v.entity.en === g.value.entity;
	if (g.value.number !== undefined) return v.type === 'quantity' && v.quantity.value === g.value.number;
	return answerInSpan(g.answer, spanText) || answerInSpan(spanText, g.answer);
}

let lexicon: Lexicon | undefined;
function lexiconEntries(): Lexicon['entries'] {
	lexicon ??= readLexicon(join(ROOT, 'questions/lexicon.json'));
	return lexicon.entries;
}

/**
 * What the answer says instead of the gold entity when the extractor, on purpose, does not read the
 * gold's words as the gold does: an office named without its holder is the office (the gold names the
 * holder, whom the lexicon gives that office); a capital speaking for its side is the side (the gold
 * names the capital, which the lexicon says stands for that side). Null for any other entity.
 */
function readInstead(g: GoldFact): string | null {
	const entries = lexiconEntries();
	const entry = entries.find((e) => e.en === g.value.entity);
	if (entry?.office) return entry.office.en;
	const side = entry?.metonymFor ? entries.find((e) => e.id === entry.metonymFor) : undefined;
	return side?.en ?? null;
}

/**
 * The question states `instead` and rests on a fact with that value whose evidence in the gold
 * sentence is the gold's own words (the office phrase, the capital): the same statement, read as
 * the extractor reads it.
 */
function asksAsRead(bank: BuildResult['bank'], q: BuildResult['bank']['questions'][number], g: GoldFact, instead: string): boolean {
	const answer = q.options[q.answer];
	if (!answer || !(answer.en === instead || (answer.en ?? '').includes(instead))) return false;
	const ids = new Set(q.factIds);
	return bank.facts.some(
		(f) =>
			ids.has(f.id) &&
			f.value.type === 'entity' &&
			f.value.entity.en === instead &&
			f.evidence.some((e) => {
				const text = sentenceOf(bank, e.article, e.sentence);
				return (
					e.article === g.article &&
					text.includes(g.sentence.slice(0, 25)) &&
					normalizeArabic(text.slice(e.span[0], e.span[1])) === normalizeArabic(g.answer)
				);
			})
	);
}

/** Whether a question asks the gold fact: same relation, a source in its sentence, its value as answer. */
export function isAsked(bank: BuildResult['bank'], g: GoldFact): boolean {
	const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind]));
	const instead = g.value.entity ? readInstead(g) : null;
	return bank.questions.some((q) => {
		// A claim's true statement may state several facts of its sentence (a meeting's participants,
		// place and date): it asks each fact it lists whose value the statement carries.
		const asks = q.kind === 'claim' ? q.factIds.some((id) => kindOf.get(id) === g.kind) : q.relation === g.kind;
		if (!asks) return false;
		const answer = q.options[q.answer];
		if (!answer) return false;
		const inSentence = q.sources.some(
			(s) =>
				s.article === g.article &&
				sentenceOf(bank, s.article, s.sentence).includes(g.sentence.slice(0, 25))
		);
		if (!inSentence) return false;
		const text = `${answer.ar} ${answer.en ?? ''}`;
		if (g.value.entity)
			return (
				answer.en === g.value.entity ||
				text.includes(g.value.entity) ||
				(instead !== null && asksAsRead(bank, q, g, instead))
			);
		if (g.value.number !== undefined && !String(g.value.qualifier ?? '').endsWith('-of'))
			return text.replace(/,/g, '').includes(String(g.value.number));
		return answerInSpan(g.answer, answer.ar);
	});
}

export interface Classified {
	gold: GoldFact;
	/** An exclusion rule, NOT_EXTRACTED, or null when nothing principled explains the gap. */
	rule: string | null;
	note?: string;
}

/** The extracted facts that state the gold fact, and the rule their drop notes name. */
export function classify(
	built: BuildResult,
	g: GoldFact
): Classified {
	const { bank, notes } = built;
	const facts = bank.facts.filter(
		(f) =>
			f.kind === g.kind &&
			f.evidence.some((e) => {
				const text = sentenceOf(bank, e.article, e.sentence);
				return (
					e.article === g.article &&
					text.includes(g.sentence.slice(0, 25)) &&
					valueMatches(g, f, text.slice(e.span[0], e.span[1]))
				);
			})
	);
	if (facts.length === 0) return { gold: g, rule: NOT_EXTRACTED };
	const dropped: GenerationNote[] = notes.filter(
		(n) => n.kind === 'dropped' && facts.some((f) => f.id === n.factId)
	);
	for (const n of dropped) {
		const rule = exclusionRules.find((r) => r.note.test(n.message));
		if (rule) return { gold: g, rule: rule.rule, note: n.message };
	}
	return { gold: g, rule: null, note: dropped.map((n) => n.message).join('; ') || 'no note' };
}

export interface Coverage {
	total: number;
	asked: number;
	byKind: Record<string, { asked: number; total: number }>;
	unasked: Classified[];
}

export function coverage(built: BuildResult, gold: readonly GoldFact[]): Coverage {
	const byKind: Coverage['byKind'] = {};
	const unasked: Classified[] = [];
	for (const g of gold) {
		const k = (byKind[g.kind] ??= { asked: 0, total: 0 });
		k.total++;
		if (isAsked(built.bank, g)) k.asked++;
		else unasked.push(classify(built, g));
	}
	return { total: gold.length, asked: gold.length - unasked.length, byKind, unasked };
}

/** The report the test prints: coverage by kind, then each exclusion rule with its count and facts. */
export function formatCoverage(c: Coverage): string {
	const lines = [`gold coverage: ${c.asked}/${c.total}`];
	for (const [kind, k] of Object.entries(c.byKind).sort())
		lines.push(`  ${kind.padEnd(12)} ${k.asked}/${k.total}`);
	const groups = new Map<string, Classified[]>();
	for (const u of c.unasked) {
		const key = u.rule ?? 'UNEXPLAINED';
		groups.set(key, [...(groups.get(key) ?? []), u]);
	}
	for (const [rule, items] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const why =
			exclusionRules.find((r) => r.rule === rule)?.why ??
			(rule === NOT_EXTRACTED ? 'the extractor gives no such fact (pipeline issue)' : 'no rule');
		lines.push(`excluded by ${rule} (${items.length}): ${why}`);
		for (const u of items)
			lines.push(`    ${u.gold.id} ${u.gold.kind} «${u.gold.answer}»${u.note ? ` — ${u.note}` : ''}`);
	}
	return lines.join('\n');
}
