// A page's strings and its translator. The root layout's load fetches the page's language and only
// the namespaces its route needs from /i18n/<lang>/<namespace>. On the server SvelteKit answers that
// fetch in-process and writes the answer into the page's HTML, so the browser hydrates with the same
// strings without asking again; later navigations fetch only namespaces the browser does not hold yet.
// No translation is bundled into the browser's JavaScript.
import i18next, { type ResourceKey, type TFunction } from 'i18next';
import { browser } from '$app/environment';
import { translatorOptions, type Lang, type Namespace } from './languages';

export type Messages = Partial<Record<Namespace, ResourceKey>>;

export function messagesPath(lang: Lang, namespace: Namespace): string {
	return `/i18n/${lang}/${namespace}`;
}

async function fetchNamespace(
	fetch: typeof globalThis.fetch,
	lang: Lang,
	namespace: Namespace
): Promise<ResourceKey> {
	const response = await fetch(messagesPath(lang, namespace));
	if (!response.ok) throw new Error(`${messagesPath(lang, namespace)}: HTTP ${response.status}`);
	return (await response.json()) as ResourceKey;
}

/** In the browser: each language's namespaces as fetched (or being fetched), kept for the visit. */
const held = new Map<string, Promise<ResourceKey>>();

function namespaceOf(
	fetch: typeof globalThis.fetch,
	lang: Lang,
	namespace: Namespace
): Promise<ResourceKey> {
	// The server fetches every time: that fetch is what puts the strings into the page's HTML.
	if (!browser) return fetchNamespace(fetch, lang, namespace);
	const key = `${lang}/${namespace}`;
	let pending = held.get(key);
	if (!pending) {
		pending = fetchNamespace(fetch, lang, namespace);
		held.set(key, pending);
		// A failed fetch is not kept, so the next navigation asks again.
		pending.catch(() => held.delete(key));
	}
	return pending;
}

export async function loadMessages(
	lang: Lang,
	namespaces: readonly Namespace[],
	fetch: typeof globalThis.fetch
): Promise<Messages> {
	const loaded = await Promise.all(
		namespaces.map(async (ns) => [ns, await namespaceOf(fetch, lang, ns)] as const)
	);
	return Object.fromEntries(loaded);
}

/**
 * One i18next instance per language and set of namespaces, made on first use. The strings of a
 * language and namespace are fixed for a build, so the instance is shared by every page (and, on the
 * server, every request) with the same ones; a page only ever translates with the strings it received.
 */
const translators = new Map<string, TFunction>();

export function translatorFor(lang: Lang, messages: Messages): TFunction {
	const namespaces = Object.keys(messages).sort();
	const key = `${lang}:${namespaces.join(',')}`;
	let t = translators.get(key);
	if (!t) {
		const instance = i18next.createInstance();
		void instance.init({
			...translatorOptions,
			resources: { [lang]: messages },
			lng: lang,
			ns: namespaces
		});
		t = instance.getFixedT(lang);
		translators.set(key, t);
	}
	return t;
}
