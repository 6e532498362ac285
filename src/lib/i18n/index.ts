// One i18next instance for the whole app, initialised synchronously at import.
// Requests never change its language: each render asks for a fixed translator (`translator(lang)`),
// so two players in two languages can be served at the same moment without leaking state.
import i18next, { type TFunction } from 'i18next';
import arCommon from './locales/ar/common.json';
import enCommon from './locales/en/common.json';
import arPlay from './locales/ar/play.json';
import enPlay from './locales/en/play.json';
import arClassroom from './locales/ar/classroom.json';
import enClassroom from './locales/en/classroom.json';

export const languages = ['ar', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ar';

export const resources = {
	ar: { common: arCommon, play: arPlay, classroom: arClassroom },
	en: { common: enCommon, play: enPlay, classroom: enClassroom }
} as const;

const i18n = i18next.createInstance();
void i18n.init({
	resources,
	lng: defaultLang,
	fallbackLng: false,
	supportedLngs: [...languages],
	ns: ['common', 'play', 'classroom'],
	defaultNS: 'common',
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}

export function translator(lang: Lang): TFunction {
	return i18n.getFixedT(lang);
}

/**
 * The language for a request: the player's saved choice (cookie) first, then the browser's
 * Accept-Language preferences in order of weight, then Arabic.
 */
export function resolveLanguage(cookie: string | undefined, acceptLanguage: string | null): Lang {
	if (isLang(cookie)) return cookie;
	for (const tag of parseAcceptLanguage(acceptLanguage ?? '')) {
		const base = tag.split('-')[0]?.toLowerCase();
		if (isLang(base)) return base;
	}
	return defaultLang;
}

function parseAcceptLanguage(header: string): string[] {
	return header
		.split(',')
		.map((part, order) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params
				.map((p) => p.trim())
				.find((p) => p.startsWith('q='))
				?.slice(2);
			const weight = q === undefined ? 1 : Number(q);
			return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, order };
		})
		.filter((entry) => entry.tag && entry.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.order - b.order)
		.map((entry) => entry.tag);
}
