// What every response of the app carries, whichever way it is served: the headers hooks.server.ts
// adds to SvelteKit's responses and the fast class answer route (fast-answer.ts) adds to its own, and
// the message a refused or failed request gets. One list, so the two ways cannot drift apart.
import { translator, type Lang } from '$lib/i18n';

/** Headers set on every response (the page's CSP comes from SvelteKit's `kit.csp`, on HTML only). */
export function commonHeaders(lang: Lang): Record<string, string> {
	return {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		'X-Frame-Options': 'DENY',
		'Content-Language': lang
	};
}

/** Added to any Vary the response already has: the language comes from the cookie or the header. */
export const varyOn = 'Cookie, Accept-Language';

/** Message keys for the requests SvelteKit itself refuses (no such action, wrong body type, too large). */
const refusals: Record<number, string> = {
	404: 'errors.notFound',
	405: 'errors.notAllowed',
	413: 'errors.tooLarge',
	415: 'errors.badForm'
};

/** The message for an error response of `status` not raised with `error()`, in the player's language. */
export function errorMessage(status: number, lang: Lang): string {
	const key = refusals[status] ?? (status < 500 ? 'errors.badRequest' : 'errors.generic');
	return translator(lang)(key);
}
