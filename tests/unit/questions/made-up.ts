// Articles written for a test, run through the real extractor, the project's lexicon and the
// generator: the facts and the bank they give.
import { readFileSync } from 'node:fs';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import type { Lexicon } from '../../../src/lib/pipeline/types';
import { buildBank } from '../../../src/lib/questions';

export const lexicon = JSON.parse(readFileSync('questions/lexicon.json', 'utf8')) as Lexicon;

/** Each text is one article («made-up-0», «made-up-1», …). */
export function built(...texts: string[]) {
	const ex = extractCorpus(
		texts.map((text, i) => ({ id: `made-up-${i}`, text })),
		lexicon
	);
	const bank = buildBank({ articles: ex.articles, facts: ex.facts, lexicon, translations: [] }).bank;
	return { facts: ex.facts, bank };
}

export function bankOf(...texts: string[]) {
	return built(...texts).bank;
}
