// Every request: decide the language on the server (cookie, then Accept-Language, then Arabic) so the
// very first byte carries the right <html lang dir>, and add the security headers SvelteKit leaves to us.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { defaultLang, direction, resolveLanguage, translator } from '$lib/i18n';
import { database } from '$lib/server/db';
import { DataFileError } from '$lib/server/store';

export const init: ServerInit = async () => {
	// Open the data file at start: a corrupt file stops the server here with a message naming it,
	// instead of failing on the first player's request.
	try {
		await database();
	} catch (error) {
		if (!(error instanceof DataFileError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	const lang = resolveLanguage(
		event.cookies.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%tahaqqaq.lang%', lang).replace('%tahaqqaq.dir%', direction(lang))
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Content-Language', lang);
	response.headers.append('Vary', 'Cookie, Accept-Language');
	return response;
};

/** Unexpected errors: log the details on the server, show the player a plain message in their language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(error);
	const lang = event.locals.lang ?? defaultLang;
	return { message: translator(lang)(status === 404 ? 'errors.notFound' : 'errors.generic') };
};
