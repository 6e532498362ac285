// Number and time formatting shared by the server render and the browser, so both print the same
// digits: Western digits in both languages, as the news sentences themselves are written.
import type { Localized } from './types';

type Lang = 'ar' | 'en';

const locales: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en' };

export function formatNumber(value: number, lang: Lang): string {
	return new Intl.NumberFormat(locales[lang]).format(value);
}

export function formatPercent(ratio: number, lang: Lang): string {
	return new Intl.NumberFormat(locales[lang], {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(ratio);
}

/** "1:05" for 65 seconds: minutes and seconds, the way a stopwatch shows them. */
export function formatDuration(ms: number, lang: Lang): string {
	const total = Math.round(ms / 1000);
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return `${formatNumber(minutes, lang)}:${formatNumber(seconds, lang).padStart(2, formatNumber(0, lang))}`;
}

export function formatClock(epochMs: number, lang: Lang): string {
	return new Intl.DateTimeFormat(locales[lang], {
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hour12: false
	}).format(epochMs);
}

/** The text to show in `lang`, falling back to Arabic (the source language) when untranslated. */
export function pick(text: Localized, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
	if (lang === 'en' && text.en !== null) return { text: text.en, lang: 'en', fallback: false };
	return { text: text.ar, lang: 'ar', fallback: lang === 'en' };
}

/**
 * Wraps text in Unicode left-to-right isolate marks: the plain-text <bdi dir="ltr">, for numbers with
 * a sign (+150) inside a translated sentence, which would otherwise show as "150+" in Arabic.
 */
export function isolateLtr(text: string): string {
	return `\u2066${text}\u2069`;
}
