// Gives components the page's language and a translator, both following the server's choice.
import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import { direction, translator, type Lang } from './index';

export interface I18nContext {
	readonly lang: Lang;
	readonly dir: 'rtl' | 'ltr';
	readonly t: TFunction;
}

const key = Symbol('i18n');

export function setI18n(currentLang: () => Lang): I18nContext {
	const context: I18nContext = {
		get lang() {
			return currentLang();
		},
		get dir() {
			return direction(currentLang());
		},
		get t() {
			return translator(currentLang());
		}
	};
	return setContext(key, context);
}

export function useI18n(): I18nContext {
	const context = getContext<I18nContext | undefined>(key);
	if (!context) throw new Error('useI18n() needs the root layout, which provides the language');
	return context;
}
