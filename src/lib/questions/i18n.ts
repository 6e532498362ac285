// The question templates' own i18next instance (namespace "questions"), initialised synchronously
// so generation stays a pure function; Arabic plural keys come from Intl.PluralRules via i18next.
import i18next, { type TFunction } from 'i18next';
import ar from '../i18n/locales/ar/questions.json';
import en from '../i18n/locales/en/questions.json';

export type Lang = 'ar' | 'en';

const instance = i18next.createInstance();
void instance.init({
	resources: { ar: { questions: ar }, en: { questions: en } },
	lng: 'ar',
	fallbackLng: false,
	ns: ['questions'],
	defaultNS: 'questions',
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false,
	returnEmptyString: false
});

const fixed: Record<Lang, TFunction> = {
	ar: instance.getFixedT('ar', 'questions'),
	en: instance.getFixedT('en', 'questions')
};

/**
 * Rendered templates by language, key and variables: generation renders the same phrase for every
 * copy of a fact, and i18next's lookup, plural and interpolation work dominated its time. Bounded.
 */
const rendered = new Map<string, string>();
const known = new Map<string, boolean>();
const LIMIT = 100_000;

function cacheKey(lang: Lang, key: string, vars: Record<string, unknown>): string {
	return `${lang}\u0000${key}\u0000${JSON.stringify(vars)}`;
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
	if (cache.size >= LIMIT) cache.clear();
	cache.set(key, value);
	return value;
}

/** A template rendered in one language; throws on a missing key so a gap never reaches the bank. */
export function tq(lang: Lang, key: string, vars: Record<string, unknown> = {}): string {
	const k = cacheKey(lang, key, vars);
	const hit = rendered.get(k);
	if (hit !== undefined) return hit;
	if (!hasTemplate(lang, key, vars)) throw new Error(`missing ${lang} question template «${key}»`);
	return remember(rendered, k, String(fixed[lang](key, vars)));
}

/** Whether a template (with its context/plural variant) exists in one language. */
export function hasTemplate(lang: Lang, key: string, vars: Record<string, unknown> = {}): boolean {
	const k = cacheKey(lang, key, vars);
	const hit = known.get(k);
	if (hit !== undefined) return hit;
	return remember(known, k, instance.exists(key, { lng: lang, ns: 'questions', ...vars }));
}
