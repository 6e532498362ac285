// One sentence read once: tokens, lexicon mentions, dates, quantities and role phrases,
// shared by every fact extractor.
import { findDates, type DateMatch } from './dates';
import { memoize } from './memo';
import { findMentions, type Mention } from './entities';
import type { LexiconIndex } from './lexicon';
import { findQuantities, type QuantityMatch } from './numbers';
import { findRoles, type RoleMatch } from './roles';
import { tokenize, type Token } from './tokens';
import type { Sentence } from './types';

export interface SentenceInfo {
	article: string;
	sentence: Sentence;
	text: string;
	tokens: Token[];
	mentions: Mention[];
	dates: DateMatch[];
	quantities: QuantityMatch[];
	roles: RoleMatch[];
	/** The lexicon the sentence was read with (a capital's side, an entry by id). */
	lexicon: LexiconIndex;
}

/**
 * Whether a mention starting at `start`, inside token `t`, has only «بـ» before it in that token
 * («بواشنطن», «وبمدينة»; «و/ف» allowed first, short vowels ignored): the preposition glued to it.
 */
export function gluedBa(t: Token, start: number): boolean {
	return (
		t.start < start &&
		/^[وف]?ب$/.test(t.text.slice(0, start - t.start).replace(/[\u064b-\u065f]/g, ''))
	);
}

/** The text between token k-1 and token k (before the first token: from the sentence's start). */
export function gapBefore(info: SentenceInfo, k: number): string {
	return info.text.slice(info.tokens[k - 1]?.end ?? 0, info.tokens[k]?.start ?? 0);
}

export function analyzeSentence(
	article: string,
	sentence: Sentence,
	index: LexiconIndex,
	yearBefore?: number
): SentenceInfo {
	const text = sentence.text;
	const tokens = tokenize(text);
	const mentions = findMentions(text, tokens, index);
	const dates = findDates(text, tokens, yearBefore);
	// «جنديا أرمينيا»: the accusative adjective is spelt like the country, so one-word country names count too.
	const nationalities = new Set(
		mentions
			.filter((m) => m.entry.type === 'country' && (m.adjective || m.to === m.from + 1))
			.map((m) => m.from)
	);
	const quantities = findQuantities(text, tokens, dates, (k) => nationalities.has(k));
	const roles = findRoles(text, tokens, mentions, index);
	return { article, sentence, text, tokens, mentions, dates, quantities, roles, lexicon: index };
}

/** The mention that starts at token i, if any. */
export function mentionAt(info: SentenceInfo, i: number): Mention | undefined {
	return info.mentions.find((m) => m.from === i);
}

/** Strips one leading conjunction, preposition or article for cue matching. */
export const cueKey = memoize(cueKeyUncached);

function cueKeyUncached(key: string): string[] {
	const out = [key];
	const c = key.replace(/^[وف]/, '');
	if (c !== key && c.length > 2) out.push(c);
	for (const k of [...out]) {
		const p = k.replace(/^[بل]/, '');
		if (p !== k && p.length > 2) out.push(p);
		if (k.startsWith('لل') && k.length > 4) out.push('ال' + k.slice(2));
	}
	for (const k of [...out]) if (k.startsWith('ال') && k.length > 4) out.push(k.slice(2));
	return out;
}

/** cueKey of a token, kept on the token: every extractor asks for it. */
export function cueOf(token: Token): string[] {
	return (token.cue ??= cueKey(token.key));
}

export function keyIs(token: Token | undefined, words: Set<string>): boolean {
	return !!token && cueOf(token).some((k) => words.has(k));
}
