// Word tokens with their offsets in a sentence: the unit every matcher works on.
import { normalizeArabic } from './normalize';

export interface Token {
	/** As written. */
	text: string;
	/** Normalised matching key. */
	key: string;
	start: number;
	end: number;
	/** The key's cue readings (see `cueOf` in analyze), filled on first use. */
	cue?: string[] | undefined;
}

const WORD = /[\p{L}\p{M}\p{N}\u0640]+(?:[.,٫٬][\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const start = match.index ?? 0;
		tokens.push({
			text: match[0],
			key: normalizeArabic(match[0]),
			start,
			end: start + match[0].length,
			cue: undefined
		});
	}
	return tokens;
}

/** The characters between two tokens (punctuation, spaces), for clause and list decisions. */
export function gapBetween(text: string, a: Token, b: Token): string {
	return text.slice(a.end, b.start);
}

/** Offset in a token's written text after `n` normalised letters (diacritics and tatweel are skipped). */
export function writtenOffset(written: string, n: number): number {
	let seen = 0;
	let i = 0;
	while (i < written.length && seen < n) {
		i++;
		seen++;
		while (i < written.length && /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/.test(written[i] ?? ''))
			i++;
	}
	return i;
}
