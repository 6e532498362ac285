// Gives components the page's language and a translator, both following the root layout's data:
// the server's choice of language and only the strings this page received (see ./messages.ts).
import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import { direction, type Lang } from './languages';

export interface I18nContext {
	readonly lang: Lang;
	readonly dir: 'rtl' | 'ltr';
	readonly t: TFunction;
}

const key = Symbol('i18n');

export function setI18n(current: () => { lang: Lang; t: TFunction }): I18nContext {
	const context: I18nContext = {
		get lang() {
			return current().lang;
		},
		get dir() {
			return direction(current().lang);
		},
		get t() {
			return current().t;
		}
	};
	return setContext(key, context);
}

export function useI18n(): I18nContext {
	const context = getContext<I18nContext | undefined>(key);
	if (!context) throw new Error('useI18n() needs the root layout, which provides the language');
	return context;
}
