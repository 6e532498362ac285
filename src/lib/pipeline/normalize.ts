// Matching keys for Arabic text: folds spelling variants so «إلهام» and «الهام» compare equal.
// Display text is never normalised; only keys built here are.

import { memoize } from './memo';

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const TATWEEL = /\u0640/g;

/** Folds one character-sequence into its matching form (same-length-agnostic: use only for keys). */
export const normalizeArabic = memoize(normalizeUncached);

function normalizeUncached(text: string): string {
	return text
		.normalize('NFKC')
		.replace(DIACRITICS, '')
		.replace(TATWEEL, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ؤ/g, 'و')
		.replace(/ئ/g, 'ي')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه')
		.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
		.replace(/٫/g, '.')
		.replace(/[٬،]/g, ',')
		.toLowerCase();
}

/** Converts Arabic-Indic and Persian digits to ASCII, keeping the string length unchanged. */
export function asciiDigits(text: string): string {
	return text
		.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The readings of a normalised token without its proclitics, whole token first:
 * «بواشنطن» → [بواشنطن, واشنطن]; «والرئيس» → [والرييس, الرييس, رييس].
 * Each reading carries how many leading characters of the normalised token it dropped.
 */
export const procliticReadings = memoize(readingsUncached);

function readingsUncached(key: string): { key: string; dropped: number }[] {
	const out: { key: string; dropped: number }[] = [{ key, dropped: 0 }];
	const seen = new Set([key]);
	const add = (k: string, dropped: number): void => {
		if (k.length >= 2 && !seen.has(k)) {
			seen.add(k);
			out.push({ key: k, dropped });
		}
	};
	let conj = 0;
	if (/^[وف]/.test(key) && key.length > 3) conj = 1;
	const stems: number[] = [0];
	if (conj) stems.push(conj);
	for (const start of stems) {
		const rest = key.slice(start);
		add(rest, start);
		if (/^لل/.test(rest) && rest.length > 4) add('ال' + rest.slice(2), start + 1);
		if (/^لل/.test(rest) && rest.length > 4) add(rest.slice(2), start + 2);
		if (/^[بكل]/.test(rest) && rest.length > 3) {
			const afterPrep = rest.slice(1);
			add(afterPrep, start + 1);
			if (/^ال/.test(afterPrep) && afterPrep.length > 4) add(afterPrep.slice(2), start + 3);
		}
		if (/^ال/.test(rest) && rest.length > 4) add(rest.slice(2), start + 2);
	}
	return out;
}
