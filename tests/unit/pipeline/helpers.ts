// Shared fixtures for the pipeline tests: the real lexicon, sentence analysis and one-article extraction.
import { readFileSync } from 'node:fs';
import { analyzeSentence, type SentenceInfo } from '../../../src/lib/pipeline/analyze';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { buildLexiconIndex } from '../../../src/lib/pipeline/lexicon';
import { COMMON_FIRST_NAMES } from '../../../src/lib/pipeline/names';
import type { ExtractionResult, Fact, Lexicon } from '../../../src/lib/pipeline/types';

export const lexicon = JSON.parse(readFileSync('questions/lexicon.json', 'utf8')) as Lexicon;
export const index = buildLexiconIndex(lexicon, COMMON_FIRST_NAMES);

export function analyze(text: string): SentenceInfo {
	return analyzeSentence('t', { index: 0, text, start: 0, end: text.length }, index);
}

export function extractText(text: string, lex: Lexicon = lexicon): ExtractionResult {
	return extractCorpus([{ id: 'made-up', text }], lex);
}

/** Facts as short strings «kind:English-or-value» for easy assertions. */
export function summary(facts: Fact[]): string[] {
	return facts.map((f) => {
		const v = f.value;
		const value =
			v.type === 'entity'
				? (v.entity.en ?? v.entity.ar)
				: v.type === 'quantity'
					? String(v.quantity.value)
					: v.type === 'date'
						? v.date.text
						: v.ar;
		return `${f.kind}:${value}`;
	});
}

/** The facts of one kind, and their entity values by English name (Arabic when it has none). */
export const of = (facts: Fact[], kind: string): Fact[] => facts.filter((f) => f.kind === kind);
export const names = (facts: Fact[], kind: string): string[] =>
	of(facts, kind).map((f) =>
		f.value.type === 'entity' ? (f.value.entity.en ?? f.value.entity.ar) : ''
	);

/** The first sentence's quantity facts as «kind value unit qualifier «answer»», for figure tests. */
export function quantityLines(text: string): string[] {
	const r = extractText(text);
	const s = r.articles[0]?.sentences[0]?.text ?? '';
	return r.facts.flatMap((f) =>
		f.value.type === 'quantity'
			? [
					`${f.kind} ${f.value.quantity.value} ${f.value.quantity.unit ?? ''} ${f.value.quantity.qualifier} «${s.slice(...f.evidence[0]!.span)}»`
				]
			: []
	);
}
