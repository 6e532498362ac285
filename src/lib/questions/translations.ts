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
 * [start, end) of the first whole-word occurrence of `needle` in `haystack`, case-insensitive, or
 * undefined: «Russia» must not light up the start of «Russian», so no highlight beats a wrong one.
 */
export function findSpan(haystack: string, needle: string | null): [number, number] | undefined {
	if (!needle) return undefined;
	const text = haystack.toLowerCase();
	const word = needle.toLowerCase();
	const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
		const end = i + word.length;
		if (!isWordChar(text[i - 1]) && !isWordChar(text[end])) return [i, end];
	}
	return undefined;
}
