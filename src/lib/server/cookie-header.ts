// One cookie out of a request's Cookie header, read by the same rules as SvelteKit's `cookies.get`
// (the `cookie` package it uses): pairs split at `;`, a segment without `=` is skipped, names and
// values are trimmed, the first pair with a name wins, one pair of quotes around a value is dropped,
// and a value with `%` is percent-decoded when it decodes. The fast answer route runs before
// SvelteKit, so it reads the seat and language cookies with this; a unit test checks it against the
// package on random headers.

import type { IncomingHttpHeaders } from 'node:http';
import { resolveLanguage, type Lang } from '$lib/i18n';

/** Anything a seat or the language can be read from: SvelteKit's `cookies`, or `cookieReader`. */
export interface CookieReader {
	get(name: string): string | undefined;
}

function decoded(value: string): string {
	const unquoted = value.charCodeAt(0) === 0x22 ? value.slice(1, -1) : value;
	if (!unquoted.includes('%')) return unquoted;
	try {
		return decodeURIComponent(unquoted);
	} catch {
		return unquoted;
	}
}

/** The value of cookie `name` in `header`, or undefined. */
export function cookieIn(header: string, name: string): string | undefined {
	let at = 0;
	while (at < header.length) {
		const equals = header.indexOf('=', at);
		if (equals === -1) return undefined;
		const semicolon = header.indexOf(';', at);
		if (semicolon !== -1 && semicolon < equals) {
			// This segment has no `=`: the pair with that `=` starts after the last `;` before it.
			at = header.lastIndexOf(';', equals - 1) + 1;
			continue;
		}
		const end = semicolon === -1 ? header.length : semicolon;
		if (header.slice(at, equals).trim() === name)
			return decoded(header.slice(equals + 1, end).trim());
		at = end + 1;
	}
	return undefined;
}

export function cookieReader(header: string | undefined): CookieReader {
	return { get: (name) => (header ? cookieIn(header, name) : undefined) };
}

/** The language of a request read before SvelteKit: the lang cookie, then Accept-Language, as hooks.server.ts decides it. */
export function requestLanguage(cookies: CookieReader, headers: IncomingHttpHeaders): Lang {
	return resolveLanguage(cookies.get('lang'), headers['accept-language'] ?? null);
}
