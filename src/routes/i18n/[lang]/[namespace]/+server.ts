// One language's strings of one namespace, as JSON: what a page's translator is fed with (see
// $lib/i18n/messages). Serialised once, at start.
import { error } from '@sveltejs/kit';
import { isLang, isNamespace, languages, namespaces, resources, translator } from '$lib/i18n';
import type { RequestHandler } from './$types';

const bodies = new Map(
	languages.flatMap((lang) =>
		namespaces.map((ns) => [`${lang}/${ns}`, JSON.stringify(resources[lang][ns])] as const)
	)
);

export const GET: RequestHandler = ({ params, locals }) => {
	const { lang, namespace } = params;
	if (!isLang(lang) || !isNamespace(namespace))
		error(404, translator(locals.lang)('errors.notFound'));
	return new Response(bodies.get(`${lang}/${namespace}`), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }
	});
};
