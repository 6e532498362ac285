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

/** [start, end) of `needle` in `haystack`, case-insensitive, or undefined. */
export function findSpan(haystack: string, needle: string | null): [number, number] | undefined {
	if (!needle) return undefined;
	const i = haystack.toLowerCase().indexOf(needle.toLowerCase());
	return i === -1 ? undefined : [i, i + needle.length];
}
