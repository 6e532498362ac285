// What the server and the browser share about languages: which ones exist, their direction, how a
// request picks one, and which translation namespaces each page needs. No translations here: the
// browser gets only its page's strings (see ./messages.ts), the server holds them all (./index.ts).

export const languages = ['ar', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ar';

export const namespaces = ['common', 'play', 'classroom'] as const;
export type Namespace = (typeof namespaces)[number];

/** How both translators (the server's, and each page's) read the strings: they must agree. */
export const translatorOptions = {
	fallbackLng: false,
	defaultNS: 'common',
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
} as const;

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function isNamespace(value: unknown): value is Namespace {
	return typeof value === 'string' && (namespaces as readonly string[]).includes(value);
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The namespaces a page's components translate with, from its route id (`null` when no route
 * matched: the error page, which needs only `common`). A class or teacher page also shows the game's
 * shared parts (source panel, countdown, setup errors), so it gets `play` too.
 * tests/unit/i18n/namespaces.test.ts checks this against the keys each page and component uses.
 */
export function namespacesFor(routeId: string | null): Namespace[] {
	if (routeId === null) return ['common'];
	if (/^\/(class|teach)(\/|$)/u.test(routeId)) return ['common', 'play', 'classroom'];
	return ['common', 'play'];
}

/**
 * The language for a request: the player's saved choice (cookie) first, then the browser's
 * Accept-Language preferences in order of weight (the first listed wins a tie), then Arabic.
 * It runs on every request, so it reads the header in one pass: the best-weighted tag this app speaks.
 */
export function resolveLanguage(cookie: string | undefined, acceptLanguage: string | null): Lang {
	if (isLang(cookie)) return cookie;
	let best: Lang = defaultLang;
	let bestWeight = 0;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const [rawTag = '', ...params] = part.split(';');
		const tag = rawTag.trim();
		if (!tag) continue;
		const base = tag.split('-')[0]?.toLowerCase();
		if (!isLang(base)) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		// A weight that is not a number counts as 0, which (like q=0) means "not this one".
		if (Number.isFinite(weight) && weight > bestWeight) {
			best = base;
			bestWeight = weight;
		}
	}
	return best;
}
