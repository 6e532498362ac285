// Reading a form action's body without trusting it. SvelteKit lets through every form content type
// (url-encoded, multipart, text/plain), but only well-formed url-encoded and multipart bodies parse:
// a text/plain body, a multipart body without its boundary or cut short, and the like make
// `request.formData()` throw, which would otherwise be a 500. Those become `null`, for the action to
// refuse with its own message. A body over the size limit stays a 413, with a message in the
// player's language.
import { error } from '@sveltejs/kit';
import { translator, type Lang } from '$lib/i18n';

function tooLarge(cause: unknown): boolean {
	return (
		typeof cause === 'object' &&
		cause !== null &&
		'status' in cause &&
		(cause as { status: unknown }).status === 413
	);
}

/** The form in the request's body, or null when the body is not a readable form. */
export async function readForm(request: Request, lang: Lang): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch (cause) {
		if (tooLarge(cause)) error(413, translator(lang)('errors.tooLarge'));
		return null;
	}
}
