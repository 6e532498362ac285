// Every request: decide the language on the server (cookie, then Accept-Language, then Arabic) so the
// very first byte carries the right <html lang dir>, and add the security headers SvelteKit leaves to us.
import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { defaultLang, direction, resolveLanguage, translator } from '$lib/i18n';
import { database } from '$lib/server/db';
import { fastClassAnswer } from '$lib/server/fast-answer';
import { fastStudentEvents } from '$lib/server/fast-events';
import { firstOf, registerFastRoute } from '$lib/server/fast-route';
import { commonHeaders, errorMessage, varyOn } from '$lib/server/responses';
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
	// For `npm start` (src/cli/start.ts), which answers the class page's enhanced answer posts and
	// serves the students' event streams before SvelteKit sees them, with this bundle's store and
	// code. `node build` never looks them up.
	registerFastRoute(firstOf(fastClassAnswer(env), fastStudentEvents(env)));
};

function reservedAction(name: string | undefined): boolean {
	return name !== undefined && (name === 'default' || name in Object.prototype);
}

/** The form action a POST asks for, as SvelteKit reads it: the first query key that starts with `/`. */
function actionName(url: URL): string | undefined {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return undefined;
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = resolveLanguage(
		event.cookies.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	// SvelteKit looks the action name up as a plain property: `?/default` throws and `?/constructor`
	// or `?/__proto__` find Object's own members, all of which would be a 500. No such action.
	if (event.request.method === 'POST' && reservedAction(actionName(event.url))) {
		error(404, translator(lang)('errors.notFound'));
	}
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%tahaqqaq.lang%', lang).replace('%tahaqqaq.dir%', direction(lang))
	});
	for (const [name, value] of Object.entries(commonHeaders(lang)))
		response.headers.set(name, value);
	response.headers.append('Vary', varyOn);
	return response;
};

/**
 * Errors not raised with `error()`: a refused request gets a message that says what was wrong; an
 * unexpected failure is logged on the server, and the player gets a plain message. Both in the
 * player's language.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) console.error(error);
	return { message: errorMessage(status, event.locals.lang ?? defaultLang) };
};
