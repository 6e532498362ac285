// Finds a pipeline sentence's English translation by its Arabic text (whitespace collapsed).
import type { ArticleTranslation } from './types';
import { collapseSpace } from './normalize';

export class TranslationIndex {
	private readonly byArticle = new Map<string, Map<string, string>>();
	private readonly titles = new Map<string, string | null>();

	constructor(translations: readonly ArticleTranslation[]) {
		for (const t of translations) {
			const map = new Map<string, string>();
			for (const s of t.sentences) if (s.en?.trim()) map.set(collapseSpace(s.ar), s.en);
			this.byArticle.set(t.article, map);
			this.titles.set(t.article, t.title?.en ?? null);
		}
	}

	has(article: string): boolean {
		return this.byArticle.has(article);
	}

	sentence(article: string, ar: string): string | null {
		return this.byArticle.get(article)?.get(collapseSpace(ar)) ?? null;
	}

	title(article: string): string | null {
		return this.titles.get(article) ?? null;
	}
}

/**
 * [start, end) of the first whole-word occurrence of `needle` in `haystack` from `from` on, case-insensitive, or
 * undefined: «Russia» must not light up the start of «Russian», so no highlight beats a wrong one.
 */
export function findSpan(haystack: string, needle: string | null, from = 0): [number, number] | undefined {
	if (!needle) return undefined;
	const text = haystack.toLowerCase();
	const word = needle.toLowerCase();
	const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	for (let i = text.indexOf(word, from); i !== -1; i = text.indexOf(word, i + 1)) {
		const end = i + word.length;
		if (!isWordChar(text[i - 1]) && !isWordChar(text[end])) return [i, end];
	}
	return undefined;
}

const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const irregularOrdinals: Record<string, string> = {
	one: 'first',
	two: 'second',
	three: 'third',
	five: 'fifth',
	eight: 'eighth',
	nine: 'ninth',
	twelve: 'twelfth'
};

/** 1–99 in English words ("twenty-one"), or null outside that range. */
export function cardinalWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 1 || n > 99) return null;
	if (n < 10) return units[n] as string;
	if (n < 20) return teens[n - 10] as string;
	const unit = units[n % 10] as string;
	return unit ? `${tens[Math.floor(n / 10)]}-${unit}` : (tens[n / 10] as string);
}

/** 1–99 as an English ordinal word ("tenth", "twenty-first"), or null. */
export function ordinalWords(n: number): string | null {
	const words = cardinalWords(n);
	if (!words) return null;
	const parts = words.split('-');
	const last = parts.pop() as string;
	const ordinal = irregularOrdinals[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
	return [...parts, ordinal].join('-');
}

/**
 * The ways an English translation may write the numbers of a rendered answer: «the 10th of this
 * month» also as «the tenth of this month», «1 month» as «one month» and «a month», «3 days» as
 * «three days». Answers are rendered with digits; translators mostly spell small numbers out. A number
 * alone gets no variant: only its unit or context tells which «two» of a sentence it is.
 */
export function spelledVariants(text: string): string[] {
	// A bare «2» spelled «two» would light up the first «two» of the sentence, whatever it counts.
	if (!/\p{L}{2,}/u.test(text.replace(/\b\d{1,2}(?:st|nd|rd|th)\b/gu, ''))) return [];
	const ordinal = /(?<![\d.,])\b(\d{1,2})(?:st|nd|rd|th)\b/gu;
	// Not a part of a larger figure («7,000», «2.5»).
	const cardinal = /(?<![\d.,])\b(\d{1,2})\b(?![.,]\d)/gu;
	const out = new Set<string>();
	const ordinals = text.replace(ordinal, (m, d: string) => ordinalWords(Number(d)) ?? m);
	if (ordinals !== text) out.add(ordinals);
	const spelled = ordinals.replace(cardinal, (m, d: string) => cardinalWords(Number(d)) ?? m);
	if (spelled !== ordinals) out.add(spelled);
	// «1 month» is mostly «a month» (or «an hour») in running text.
	const article = spelled.replace(/\bone (?=([aeiou])?)/gu, (_m, vowel: string | undefined) =>
		vowel ? 'an ' : 'a '
	);
	if (article !== spelled) out.add(article);
	return [...out];
}
