// The places a fact's own sentences name: the closest wrong options for "where does it lie?". A reader
// of «… يغلب عليها الأرمن … الصراع بين باكو ويريفان» weighs Armenia against Azerbaijan, not against
// a country the article names only in passing.
import { findMentions } from '../pipeline/entities';
import { buildLexiconIndex } from '../pipeline/lexicon';
import { tokenize } from '../pipeline/tokens';
import type { Evidence, Lexicon } from '../pipeline/types';
import { evidenceKey, type Context } from './context';
import { oncePer } from './fact-index';

/** The lexicon's lookup tables, built once per lexicon. */
export const lexiconIndex = oncePer((lexicon: Lexicon) => buildLexiconIndex(lexicon));

/**
 * Lexicon ids of what the sentences name, each with the country it lies in or speaks for: a city
 * also brings its country (Yerevan, Armenia), as a capital often stands for its side.
 */
export function namedInSentences(ctx: Context, evidence: readonly Evidence[]): Set<string> {
	const out = new Set<string>();
	for (const at of evidence) for (const id of namedIn(ctx)(at)) out.add(id);
	return out;
}

/** One sentence's names, read once per generation (only the lexicon's names, not the whole analysis). */
const namedIn = oncePer((ctx: Context) => {
	const index = lexiconIndex(ctx.lexicon);
	const cache = new Map<string, string[]>();
	return (at: Evidence): string[] => {
		const key = evidenceKey(at);
		let ids = cache.get(key);
		if (!ids) {
			const text = ctx.sentenceOf(at);
			const found = new Set<string>();
			for (const m of findMentions(text, tokenize(text), index)) {
				found.add(m.entry.id);
				if (m.entry.country) found.add(m.entry.country);
			}
			ids = [...found];
			cache.set(key, ids);
		}
		return ids;
	};
});
