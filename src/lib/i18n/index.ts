// The server's translator: one i18next instance with every language and namespace, initialised
// synchronously at import. Requests never change its language: each render asks for a fixed
// translator (`translator(lang)`), so two players in two languages can be served at the same moment
// without leaking state. Server-only (it imports ./resources.server): components translate with
// `useI18n()` from ./context, fed only their page's strings.
import i18next, { type TFunction } from 'i18next';
import { defaultLang, languages, namespaces, translatorOptions, type Lang } from './languages';
import { resources } from './resources.server';

export {
	defaultLang,
	direction,
	isLang,
	isNamespace,
	languages,
	namespaces,
	namespacesFor,
	resolveLanguage,
	type Lang,
	type Namespace
} from './languages';
export { resources };

const i18n = i18next.createInstance();
void i18n.init({
	...translatorOptions,
	resources,
	lng: defaultLang,
	supportedLngs: [...languages],
	ns: [...namespaces]
});

export function translator(lang: Lang): TFunction {
	return i18n.getFixedT(lang);
}
