// Every page's translator: the language the server chose (+layout.server.ts) and only the
// namespaces this route needs, fetched as JSON (see $lib/i18n/messages): in the page's HTML on the
// first load, from the server once per namespace afterwards.
import { namespacesFor } from '$lib/i18n/languages';
import { loadMessages, translatorFor } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data, route, fetch }) => {
	const messages = await loadMessages(data.lang, namespacesFor(route.id), fetch);
	return { ...data, t: translatorFor(data.lang, messages) };
};
