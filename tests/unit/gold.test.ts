// Measures the extractor against the hand-written gold facts (tests/gold/facts.json):
// recall, precision over the sentences the gold file covers, and wrong values.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticlesDir, readLexicon } from '../../src/cli/inputs';
import { extractCorpus } from '../../src/lib/pipeline/extract';
import type { Fact } from '../../src/lib/pipeline/types';

interface GoldFact {
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

const GOLD = 'tests/gold/facts.json';

function overlaps(a: [number, number], b: [number, number]): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

/** Whether an extracted value equals the gold value: entity by English name, number by value/max, date by the fields given. */
export function sameValue(fact: Fact, gold: Record<string, unknown>): boolean {
	const v = fact.value;
	if ('entity' in gold) return v.type === 'entity' && v.entity.en === gold.entity;
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

describe.runIf(existsSync(GOLD))('gold facts', () => {
	const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { facts: GoldFact[] }).facts;
	const { inputs } = readArticlesDir('questions/articles');
	const result = extractCorpus(inputs, readLexicon());
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
	const inSentence = (f: Flat, l: (typeof located)[number]): boolean =>
		f.article === l.g.article && l.range[0] >= 0 && overlaps(f.sentenceRange, l.range);

	it('finds at least 90% of the gold facts with the right value', () => {
		const missed: string[] = [];
		for (const l of located) {
			const hit = flat.some(
				(f) => f.fact.kind === l.g.kind && inSentence(f, l) && sameValue(f.fact, l.g.value)
			);
			if (!hit)
				missed.push(
					`${l.g.id} ${l.g.kind} «${l.g.answer}» ${JSON.stringify(l.g.value)} (${l.g.about ?? ''})`
				);
		}
		const recall = (gold.length - missed.length) / gold.length;
		console.log(
			`gold recall: ${(recall * 100).toFixed(1)}% (${gold.length - missed.length}/${gold.length})`
		);
		if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});

	it('reports precision over the sentences the gold file covers', () => {
		const covered = flat.filter((f) => located.some((l) => inSentence(f, l)));
		const unmatched = covered.filter(
			(f) =>
				!located.some(
					(l) => l.g.kind === f.fact.kind && inSentence(f, l) && sameValue(f.fact, l.g.value)
				)
		);
		const precision = covered.length ? (covered.length - unmatched.length) / covered.length : 1;
		console.log(
			`gold precision: ${(precision * 100).toFixed(1)}% (${covered.length - unmatched.length}/${covered.length} extracted statements in covered sentences)`
		);
		if (unmatched.length) {
			const raw = (f: Flat): string => (raws.get(f.article) ?? '').slice(f.answer[0], f.answer[1]);
			console.log(
				`unmatched extracted (true facts missing from gold, or errors):\n  ${unmatched.map((f) => `${f.article.slice(0, 3)}:${f.sentence} ${f.fact.kind} «${raw(f)}» ${describeValue(f.fact)}`).join('\n  ')}`
			);
		}
		expect(precision).toBeGreaterThan(0);
	});

	it('extracts no wrong value where a gold answer stands', () => {
		const wrong: string[] = [];
		for (const f of flat) {
			for (const l of located) {
				if (l.g.kind !== f.fact.kind || !inSentence(f, l) || l.answer[0] < 0) continue;
				if (!overlaps(f.answer, l.answer)) continue;
				const right = located.some(
					(o) =>
						o.g.kind === f.fact.kind &&
						inSentence(f, o) &&
						overlaps(f.answer, o.answer) &&
						sameValue(f.fact, o.g.value)
				);
				if (!right)
					wrong.push(
						`${l.g.id}: extracted ${describeValue(f.fact)} where gold says ${JSON.stringify(l.g.value)}`
					);
			}
		}
		if (wrong.length) console.log(`wrong values:\n  ${[...new Set(wrong)].join('\n  ')}`);
		expect([...new Set(wrong)]).toEqual([]);
	});
});

function describeValue(fact: Fact): string {
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
