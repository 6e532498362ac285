// The places a fact's own sentences name: the closest wrong options for "where does it lie?". A reader
// of «… يغلب عليها الأرمن … الصراع بين باكو ويريفان» weighs Armenia against Azerbaijan, not against
// a country the article names only in passing.
import { analyzeSentence } from '../pipeline/analyze';
import { buildLexiconIndex } from '../pipeline/lexicon';
import type { Evidence, Lexicon } from '../pipeline/types';
import type { Context } from './context';
import { oncePer } from './fact-index';

const lexiconIndex = oncePer((lexicon: Lexicon) => buildLexiconIndex(lexicon));

/**
 * Lexicon ids of what the sentences name, each with the country it lies in or speaks for: a city
 * also brings its country (Yerevan, Armenia), as a capital often stands for its side.
 */
export function namedInSentences(ctx: Context, evidence: readonly Evidence[]): Set<string> {
	const index = lexiconIndex(ctx.lexicon);
	const out = new Set<string>();
	for (const at of evidence) {
		const text = ctx.sentenceOf(at);
		const sentence = { index: at.sentence, text, start: 0, end: text.length };
		for (const m of analyzeSentence(at.article, sentence, index).mentions) {
			out.add(m.entry.id);
			if (m.entry.country) out.add(m.entry.country);
		}
	}
	return out;
}
