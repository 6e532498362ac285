// Option comparison keys: the pipeline's Arabic folding plus whitespace, punctuation and case,
// so «الولايات المتحدة» and «الولايات  المتحده» count as the same option.
import { normalizeArabic } from '../pipeline/normalize';

export function optionKey(text: string): string {
	return normalizeArabic(text)
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whitespace-collapsed text: how a pipeline sentence is matched to its translation. */
export function collapseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
