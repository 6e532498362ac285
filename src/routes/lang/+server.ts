// Saves the player's language choice in a cookie and sends them back where they were.
import { error, redirect } from '@sveltejs/kit';
import { isLang, translator } from '$lib/i18n';
import { safeRedirectTarget } from '$lib/safe-redirect';
import { readForm } from '$lib/server/form';
import type { RequestHandler } from './$types';

const oneYear = 60 * 60 * 24 * 365;

export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await readForm(request, locals.lang);
	const lang = form?.get('lang');
	if (!isLang(lang)) error(400, translator(locals.lang)('errors.badLanguage'));
	// Plain http on a classroom network must still keep the cookie, so `secure` only on https.
	cookies.set('lang', lang, {
		path: '/',
		maxAge: oneYear,
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:'
	});
	redirect(303, safeRedirectTarget(form?.get('redirectTo')));
};
