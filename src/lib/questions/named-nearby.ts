// The places a fact's own sentences name: the closest wrong options for "where does it lie?". A reader
// of «… يغلب عليها الأرمن … الصراع بين باكو ويريفان» weighs Armenia against Azerbaijan, not against
// a country the article names only in passing.
import { findMentions, type Mention } from '../pipeline/entities';
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

/** One sentence's lexicon names, found once per generation (not the whole analysis). */
const mentionsIn = oncePer((ctx: Context) => {
	const index = lexiconIndex(ctx.lexicon);
	const cache = new Map<string, Mention[]>();
	return (at: Evidence): Mention[] => {
		const key = evidenceKey(at);
		let found = cache.get(key);
		if (!found) {
			const text = ctx.sentenceOf(at);
			found = findMentions(text, tokenize(text), index);
			cache.set(key, found);
		}
		return found;
	};
});

/** One sentence's names, each with its country, read once per generation. */
const namedIn = oncePer((ctx: Context) => {
	const cache = new Map<string, string[]>();
	return (at: Evidence): string[] => {
		const key = evidenceKey(at);
		let ids = cache.get(key);
		if (!ids) {
			ids = [...idsOf(mentionsIn(ctx)(at))];
			cache.set(key, ids);
		}
		return ids;
	};
});

function idsOf(mentions: readonly Mention[]): Set<string> {
	const found = new Set<string>();
	for (const m of mentions) {
		found.add(m.entry.id);
		if (m.entry.country) found.add(m.entry.country);
	}
	return found;
}

/**
 * The countries named within `reach` characters of the fact's words in its sentence, themselves, by
 * an adjective («الهندية») or by one of their places or people: the conflict a date is told of, not
 * a country the sentence names in another clause.
 */
export function countriesNear(ctx: Context, at: Evidence, reach: number): Set<string> {
	const near = mentionsIn(ctx)(at).filter((m) => m.end > at.span[0] - reach && m.start < at.span[1] + reach);
	const out = new Set<string>();
	for (const m of near) {
		const country = m.entry.type === 'country' ? m.entry.id : m.entry.country;
		if (country) out.add(country);
	}
	return out;
}

/** «الزعيمين», «زعيمي», «القادة», «الطرفين», «الجانبين», «البلدين»: the sides' people, not named. */
const UNNAMED_PARTIES = /^[وف]?(?:لل|[بل]?(?:ال)?)(?:زعيمين|زعيمي|زعماء|قاده|طرفين|جانبين|بلدين)$/u;

/**
 * Whether the sentences speak of the sides' people without naming them («اجتماع آخر موسع للزعيمين
 * الأرميني والأذربيجاني بمشاركة … شولتس … وماكرون»): the people they name are then not all who meet.
 */
export function peopleUnnamedIn(ctx: Context, evidence: readonly Evidence[]): boolean {
	return evidence.some((at) => tokenize(ctx.sentenceOf(at)).some((t) => UNNAMED_PARTIES.test(t.key)));
}
