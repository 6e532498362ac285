// The bilingual lexicon as a lookup: normalised spellings (and country adjectives) to entries.
import { normalizeArabic } from './normalize';
import type { EntityRef, Lexicon, LexiconEntry } from './types';

export interface LexiconIndex {
	lexicon: Lexicon;
	byId: Map<string, LexiconEntry>;
	/** Normalised multi-word spelling → entry. */
	names: Map<string, LexiconEntry>;
	/** Normalised adjective form (all genders and numbers) → country or organisation entry. */
	adjectives: Map<string, LexiconEntry>;
	/** Longest spelling in tokens. */
	maxTokens: number;
	/** First word of a spelling → the word counts of the spellings it starts, longest first. */
	lengthsByFirst: Map<string, number[]>;
	/** Normalised full person names (two words and more), for the stray-stop rule. */
	personNames: Set<string>;
	/** Normalised first words of multi-word person names. */
	firstNames: Set<string>;
	/** Normalised first and last words of place names (cities, regions, countries, places), for the
	 * stray stop before an appositive («… في ستيباناكيرت. أكبر مدينة في ناغورنو كاراباخ ، …»). */
	placeWords: { first: Set<string>; last: Set<string> };
}

function phraseKey(text: string): string {
	return normalizeArabic(text)
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();
}

/** Every inflection of a relational adjective: «روسي» → روسي، روسيه، روسيين، روسيون، روسيان، روسيتين. */
export function adjectiveForms(base: string): string[] {
	const b = phraseKey(base);
	return [b, `${b}ه`, `${b}ين`, `${b}ون`, `${b}ان`, `${b}تين`, `${b}تان`];
}

/** Relational adjectives of a one-word country name by the regular nisba: «روسيا» → «روسي»,
 * «كازاخستان» → «كازاخستاني», «الصين» → «صيني», «كندا» → «كندي». */
export function derivedAdjectives(name: string): string[] {
	const key = phraseKey(name);
	if (!key || key.includes(' ')) return [];
	const bare = key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
	if (bare.length < 3) return [];
	if (bare.endsWith('يا')) return [bare.slice(0, -1)];
	if (bare.endsWith('ا') || bare.endsWith('ه')) return [`${bare.slice(0, -1)}ي`];
	return [`${bare}ي`];
}

const PLACE_TYPES = new Set(['city', 'region', 'country', 'place']);

export function buildLexiconIndex(
	lexicon: Lexicon,
	extraFirstNames: Iterable<string> = []
): LexiconIndex {
	const names = new Map<string, LexiconEntry>();
	const adjectives = new Map<string, LexiconEntry>();
	const byId = new Map<string, LexiconEntry>();
	const personNames = new Set<string>();
	const firstNames = new Set<string>();
	const placeWords = { first: new Set<string>(), last: new Set<string>() };
	let maxTokens = 1;
	for (const entry of lexicon.entries) {
		byId.set(entry.id, entry);
		for (const spelling of entry.ar) {
			const key = phraseKey(spelling);
			if (!key) continue;
			if (!names.has(key)) names.set(key, entry);
			const words = key.split(' ');
			maxTokens = Math.max(maxTokens, words.length);
			if (entry.type === 'person' && words.length > 1) {
				personNames.add(key);
				if (words[0]) firstNames.add(words[0]);
			}
			if (PLACE_TYPES.has(entry.type)) {
				placeWords.first.add(words[0] ?? '');
				placeWords.last.add(words[words.length - 1] ?? '');
			}
		}
		for (const adjective of entry.adjectives ?? [])
			for (const form of adjectiveForms(adjective))
				if (!adjectives.has(form)) adjectives.set(form, entry);
	}
	// Listed adjectives win; derived ones only fill gaps and never shadow a name.
	for (const entry of lexicon.entries) {
		if (entry.type !== 'country') continue;
		for (const spelling of entry.ar)
			for (const base of derivedAdjectives(spelling))
				for (const form of adjectiveForms(base))
					if (!adjectives.has(form) && !names.has(form)) adjectives.set(form, entry);
	}
	for (const name of extraFirstNames) firstNames.add(phraseKey(name));
	const lengthsByFirst = new Map<string, number[]>();
	for (const key of names.keys()) {
		const words = key.split(' ');
		const first = words[0] ?? '';
		const list = lengthsByFirst.get(first) ?? [];
		if (!list.includes(words.length)) list.push(words.length);
		list.sort((a, b) => b - a);
		lengthsByFirst.set(first, list);
	}
	return {
		lexicon,
		byId,
		names,
		adjectives,
		maxTokens,
		personNames,
		firstNames,
		placeWords,
		lengthsByFirst
	};
}

/** One key per entity: its lexicon id, or its normalised Arabic name when it has none. */
export function entityKey(entity: EntityRef): string {
	return entity.id ?? `ar:${normalizeArabic(entity.arCanonical)}`;
}

/** The reference a fact stores for a lexicon entry mentioned as `written`. */
export function entityRef(entry: LexiconEntry, written: string): EntityRef {
	const ref: EntityRef = {
		id: entry.id,
		type: entry.type,
		ar: written,
		arCanonical: entry.ar[0] ?? written,
		en: entry.en
	};
	const country = entry.metonymFor ?? entry.country;
	if (country) ref.country = country;
	return ref;
}
