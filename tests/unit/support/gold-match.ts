// Scores extracted facts against hand-written gold facts (format: tests/gold/README.md):
// recall, precision over the sentences the gold file covers, and values that contradict a gold answer.
import { readFileSync } from 'node:fs';
import { readArticlesDir, readLexicon } from '../../../src/cli/inputs';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { normalizeArabic } from '../../../src/lib/pipeline/normalize';
import type { Fact, Lexicon } from '../../../src/lib/pipeline/types';

export interface GoldFact {
	id: string;
	kind: string;
	article: string;
	sentence: string;
	answer: string;
	value: Record<string, unknown>;
	about?: string;
}

interface Flat {
	fact: Fact;
	article: string;
	sentence: number;
	/** The sentence's [start, end) in the article's raw text. */
	sentenceRange: [number, number];
	/** The answer span's [start, end) in the raw text. */
	answer: [number, number];
}

export interface GoldScore {
	recall: number;
	found: number;
	total: number;
	missed: string[];
	precision: number;
	unmatched: string[];
	/** Extracted values that stand where a gold answer stands but say something else. */
	wrong: string[];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

/**
 * Whether an extracted value equals the gold value: entity by English name (or, for a person the
 * lexicon does not know yet, by the Arabic name as written), number by value/max, date by the fields given.
 *
 * Two readings the extractor makes on purpose also match, each only through the lexicon and only
 * where the gold answer is the very words the extractor read:
 * - an office named without its holder («يعتزم رئيس المجلس الأوروبي عقد اجتماع»): the gold gives the
 *   holder, the extractor the office, which must be the office the lexicon gives that holder;
 * - a capital speaking for its side («اتفقت باكو ويريفان»): the gold gives the capital, the extractor
 *   the side, which must be the side the lexicon says that capital stands for.
 */
export function sameValue(
	fact: Fact,
	gold: Record<string, unknown>,
	answer = '',
	read?: { lexicon: Lexicon; words: string }
): boolean {
	const v = fact.value;
	if ('entity' in gold) {
		if (v.type !== 'entity') return false;
		const entry = read?.lexicon.entries.find((e) => e.en === gold.entity);
		const sameWords = !!read && normalizeArabic(read.words) === normalizeArabic(answer);
		if (v.entity.type === 'office')
			return sameWords && !!entry?.office && entry.office.en === v.entity.en;
		if (sameWords && entry?.type === 'city' && entry.metonymFor === v.entity.id) return true;
		if (v.entity.en !== null) return v.entity.en === gold.entity;
		return normalizeArabic(v.entity.ar) === normalizeArabic(answer);
	}
	if ('number' in gold) {
		if (v.type !== 'quantity') return false;
		const q = v.quantity;
		if (q.value !== gold.number) return false;
		const max = q.max ?? (q.alternatives ? Math.max(...q.alternatives) : undefined);
		return gold.max === undefined || gold.max === max;
	}
	if (v.type !== 'date') return false;
	const date = v.date as unknown as Record<string, unknown>;
	return Object.entries(gold).every(([k, x]) => date[k] === x);
}

export function describeValue(fact: Fact): string {
	const v = fact.value;
	if (v.type === 'entity') return v.entity.en ?? v.entity.ar;
	if (v.type === 'quantity')
		return JSON.stringify({
			value: v.quantity.value,
			max: v.quantity.max,
			qualifier: v.quantity.qualifier,
			unit: v.quantity.unit
		});
	if (v.type === 'date') {
		const { text, ...rest } = v.date;
		void text;
		return JSON.stringify(rest);
	}
	return v.ar;
}

export function loadGold(file: string): GoldFact[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { facts: GoldFact[] }).facts;
}

/** Extracts facts from every article in `articlesDir` and scores them against `gold`. */
export function scoreExtraction(articlesDir: string, gold: GoldFact[]): GoldScore {
	const { inputs } = readArticlesDir(articlesDir);
	const lexicon = readLexicon();
	const result = extractCorpus(inputs, lexicon);
	const raws = new Map(inputs.map((i) => [i.id, i.text]));
	const flat: Flat[] = [];
	for (const fact of result.facts) {
		for (const ev of fact.evidence) {
			const article = result.articles.find((a) => a.id === ev.article);
			const s = article?.sentences[ev.sentence];
			if (!s) continue;
			flat.push({
				fact,
				article: ev.article,
				sentence: ev.sentence,
				sentenceRange: [s.start, s.end],
				answer: [s.start + ev.span[0], s.start + ev.span[1]]
			});
		}
	}
	/** Where the gold sentence substring and answer lie in the raw text. */
	const located = gold.map((g) => {
		const raw = raws.get(g.article) ?? '';
		const at = raw.indexOf(g.sentence);
		const answerAt = at >= 0 ? raw.indexOf(g.answer, at) : -1;
		return {
			g,
			range: [at, at + g.sentence.length] as [number, number],
			answer: [answerAt, answerAt + g.answer.length] as [number, number]
		};
	});
	type Located = (typeof located)[number];
	const inSentence = (f: Flat, l: Located): boolean =>
		f.article === l.g.article && l.range[0] >= 0 && overlaps(f.sentenceRange, l.range);
	const rawText = (f: Flat): string => (raws.get(f.article) ?? '').slice(f.answer[0], f.answer[1]);
	const matches = (f: Flat, l: Located): boolean =>
		l.g.kind === f.fact.kind &&
		inSentence(f, l) &&
		sameValue(f.fact, l.g.value, l.g.answer, { lexicon, words: rawText(f) });

	const missed = located
		.filter((l) => !flat.some((f) => matches(f, l)))
		.map(
			(l) =>
				`${l.g.id} ${l.g.kind} «${l.g.answer}» ${JSON.stringify(l.g.value)} (${l.g.about ?? ''})`
		);

	const covered = flat.filter((f) => located.some((l) => inSentence(f, l)));
	const unmatched = covered
		.filter((f) => !located.some((l) => matches(f, l)))
		.map(
			(f) => `${f.article}:${f.sentence} ${f.fact.kind} «${rawText(f)}» ${describeValue(f.fact)}`
		);

	const wrong = new Set<string>();
	for (const f of flat) {
		for (const l of located) {
			if (l.g.kind !== f.fact.kind || !inSentence(f, l) || l.answer[0] < 0) continue;
			if (!overlaps(f.answer, l.answer)) continue;
			const right = located.some((o) => matches(f, o) && overlaps(f.answer, o.answer));
			if (!right)
				wrong.add(
					`${l.g.id}: extracted ${describeValue(f.fact)} where gold says ${JSON.stringify(l.g.value)}`
				);
		}
	}

	return {
		recall: (gold.length - missed.length) / gold.length,
		found: gold.length - missed.length,
		total: gold.length,
		missed,
		precision: covered.length ? (covered.length - unmatched.length) / covered.length : 1,
		unmatched,
		wrong: [...wrong]
	};
}

/** Prints a score the way the gold tests report it. */
/**
 * Prints a set's figures and, unless `figuresOnly`, its misses, unmatched facts and wrong values. A set
 * kept blind (nobody writing rules may read its misses) prints figures and counts only.
 */
export function reportScore(name: string, score: GoldScore, figuresOnly = false): void {
	const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
	console.log(`${name} recall: ${pct(score.recall)} (${score.found}/${score.total})`);
	console.log(`${name} precision: ${pct(score.precision)} over the sentences the gold file covers`);
	if (figuresOnly) {
		console.log(`${name}: ${score.wrong.length} wrong values (kept unread)`);
		return;
	}
	if (score.missed.length) console.log(`${name} missed:\n  ${score.missed.join('\n  ')}`);
	if (score.unmatched.length)
		console.log(
			`${name} unmatched extracted (true facts missing from gold, or errors):\n  ${score.unmatched.join('\n  ')}`
		);
	if (score.wrong.length) console.log(`${name} wrong values:\n  ${score.wrong.join('\n  ')}`);
}
