// A student's event stream of a class, served before SvelteKit sees it (`npm start` only, see
// fast-route.ts). Each stage change of a live class sends one message down every student's stream:
// five hundred writes twice a question in a full class. Through SvelteKit each of them passes a Web
// ReadableStream, its reader's promises and adapter-node's copy loop before reaching the socket;
// here it is one write of the bytes the hub encoded once for the whole class. The stream is the
// one SvelteKit serves (src/routes/class/[id]/events/+server.ts), with the same headers in the same
// order as adapter-node writes them; a request it does not expect (a query string, another method,
// a body, an unknown class, a host it cannot read an origin from, a data file not open yet) is left
// to SvelteKit. The teacher's stream, one per class, stays with SvelteKit.
import type { OutgoingHttpHeaders } from 'node:http';
import type { Lang } from '$lib/i18n';
import { findClassNow } from './classroom';
import { streamHeaders, streamTo } from './classroom-hub';
import { cookieReader, requestLanguage } from './cookie-header';
import { originRule, serverOrigin, type FastRouteEnv } from './fast-answer';
import type { FastRoute } from './fast-route';
import { commonHeaders, varyOn } from './responses';

const eventsUrl = /^\/class\/([A-Za-z0-9_-]{22})\/events$/u;

/**
 * The stream's headers as a SvelteKit response carries them to the wire: its Headers object
 * lower-cases the names and adapter-node writes them in sorted order. Made once per language.
 */
const headerSets = new Map<Lang, OutgoingHttpHeaders>();
export function eventHeaders(lang: Lang): OutgoingHttpHeaders {
	let headers = headerSets.get(lang);
	if (!headers) {
		const all: [string, string][] = Object.entries({
			...streamHeaders,
			...commonHeaders(lang),
			Vary: varyOn
		}).map(([name, value]) => [name.toLowerCase(), value]);
		all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		headers = Object.fromEntries(all);
		headerSets.set(lang, headers);
	}
	return headers;
}

export function fastStudentEvents(env: FastRouteEnv): FastRoute {
	const rule = originRule(env);
	if (!rule) return () => false;
	return (req, res) => {
		if (req.method !== 'GET') return false;
		const url = req.url ?? '';
		const match = eventsUrl.exec(url);
		if (!match) return false;
		const { headers } = req;
		if (headers['transfer-encoding'] !== undefined) return false;
		if (headers['content-length'] !== undefined && headers['content-length'] !== '0') return false;
		if (serverOrigin(headers, url, rule) === null) return false;
		const cls = findClassNow(match[1]!);
		if (!cls) return false;
		const lang = requestLanguage(cookieReader(headers.cookie), headers);
		res.writeHead(200, eventHeaders(lang));
		// Until the browser goes away (or the server closes the connection at shutdown).
		const stop = streamTo(cls, 'student', (bytes) => {
			if (!res.destroyed) res.write(bytes);
		});
		res.once('close', stop);
		return true;
	};
}
