// The class page's answer, served before SvelteKit sees it (`npm start` only, see fast-route.ts).
// Under a class every student answers within seconds; SvelteKit's request path (a Web Request and
// Response per request, async context, its router) costs several times what the answer itself
// does, so this route answers the one request that comes in bursts on plain node:http. It takes
// only the request the page's JavaScript makes (`use:enhance`: a small url-encoded POST to
// `/class/<id>?/answer` with Accept: application/json) and answers exactly what SvelteKit would:
// the same function decides (class-answer.ts), the same JSON body, the same headers as hooks.server.ts
// adds (responses.ts). Anything else, or anything unusual (another accept or content type, a body
// that is large or chunked, a host it cannot read an origin from), is left to SvelteKit, which keeps
// serving the plain form post without JavaScript and every request under `node build`.
import type {
	IncomingHttpHeaders,
	IncomingMessage,
	OutgoingHttpHeaders,
	ServerResponse
} from 'node:http';
import type { Lang } from '$lib/i18n';
import { actionErrorBody, actionResultBody } from './action-result';
import { answerAt, answerFromForm, seatInNow, type AnswerOutcome } from './class-answer';
import { cookieReader, requestLanguage, type CookieReader } from './cookie-header';
import type { FastRoute } from './fast-route';
import { commonHeaders, errorMessage, varyOn } from './responses';

/**
 * The environment, for the settings adapter-node reads from it: ORIGIN, PROTOCOL_HEADER,
 * HOST_HEADER and PORT_HEADER (the server's origin) and BODY_SIZE_LIMIT.
 */
export type FastRouteEnv = Readonly<Record<string, string | undefined>>;

const answerUrl = /^\/class\/([A-Za-z0-9_-]{22})\?\/answer$/u;

/** An answer's form is about 20 bytes; a larger body goes to SvelteKit and its own size limit. */
const maxBody = 4096;

/** SvelteKit's words for a refused cross-site form post, so both ways refuse it alike. */
const crossSite = 'Cross-site POST form submissions are forbidden';

export interface OriginRule {
	/** ORIGIN, when it is set: the origin whatever the headers say. */
	fixed: string | null;
	protocolHeader: string;
	hostHeader: string;
	portHeader: string;
}

/** One value of a header that adapter-node expects once; undefined when absent, null when repeated. */
function single(name: string, headers: IncomingHttpHeaders): string | undefined | null {
	if (!name) return undefined;
	const value = headers[name];
	if (!Array.isArray(value)) return value;
	if (value.length > 1) return null;
	return value[0];
}

/**
 * The server's own origin for this request, as adapter-node works it out for SvelteKit's origin
 * check (ORIGIN, else the protocol header or https, the host header or Host, and the port header,
 * then the URL's normalised origin); null wherever adapter-node would refuse the request or the
 * origin would be opaque, so that SvelteKit deals with it.
 */
export function serverOrigin(
	headers: IncomingHttpHeaders,
	path: string,
	rule: OriginRule
): string | null {
	let base = rule.fixed;
	if (base === null) {
		const protocolValue = single(rule.protocolHeader, headers);
		const hostValue = single(rule.hostHeader, headers);
		const host = hostValue || single('host', headers);
		const port = single(rule.portHeader, headers);
		if (protocolValue === null || hostValue === null || port === null || !host) return null;
		let protocol: string;
		try {
			protocol = decodeURIComponent(protocolValue || 'https');
		} catch {
			return null;
		}
		if (protocol.includes(':') || (port && isNaN(+port))) return null;
		base = port ? `${protocol}://${host}:${port}` : `${protocol}://${host}`;
	}
	// The answer route's paths never change the origin: the URL is parsed once per base.
	const cacheable = answerUrl.test(path);
	const known = cacheable ? originOfBase.get(base) : undefined;
	if (known !== undefined) return known;
	let origin: string | null;
	try {
		origin = new URL(base + path).origin;
	} catch {
		origin = null;
	}
	if (origin === 'null') origin = null;
	if (cacheable) {
		// A few bases at most (one per name the server is reached by); strange Host headers from
		// strangers must not grow it without end.
		if (originOfBase.size >= 32) originOfBase.clear();
		originOfBase.set(base, origin);
	}
	return origin;
}

const originOfBase = new Map<string, string | null>();

/** BODY_SIZE_LIMIT in bytes, read as adapter-node reads it (512K when unset; K, M, G suffixes). */
export function bodySizeLimit(value: string | undefined): number {
	const text = value ?? '512K';
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[text.slice(-1).toUpperCase()];
	const bytes = unit ? Number(text.slice(0, -1)) * unit : Number(text);
	return Number.isNaN(bytes) ? 0 : bytes;
}

/** The media type of a Content-Type header, as SvelteKit compares it. */
function mediaType(value: string | undefined): string {
	return (value ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** Whether this is the page's own enhanced post, small enough to be read here. */
function isPagePost(headers: IncomingHttpHeaders, limit: number): boolean {
	const length = headers['content-length'];
	return (
		headers.accept === 'application/json' &&
		mediaType(headers['content-type']) === 'application/x-www-form-urlencoded' &&
		headers['transfer-encoding'] === undefined &&
		length !== undefined &&
		/^[0-9]{1,5}$/u.test(length) &&
		Number(length) <= limit
	);
}

/**
 * Reads the body whole (its length was checked against the limit and Node's parser ends the body
 * there), then calls `done` with it, or with null when the client went away before sending all of it.
 */
function readBody(req: IncomingMessage, done: (text: string | null) => void): void {
	const chunks: Buffer[] = [];
	let called = false;
	const finish = (text: string | null) => {
		if (called) return;
		called = true;
		done(text);
	};
	req.on('data', (chunk: Buffer) => chunks.push(chunk));
	req.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
	req.on('error', () => finish(null));
	req.on('close', () => finish(null));
}

const formOf = (text: string | null): URLSearchParams | null =>
	text === null ? null : new URLSearchParams(text);

/**
 * The response headers for a body of `length` bytes in `lang`. A class answers the same few
 * replies hundreds of times a second, so each set is made once and kept (2 languages × a dozen
 * lengths at most); Node reads the object without changing it.
 */
const headerSets = new Map<string, OutgoingHttpHeaders>();
function headersFor(lang: Lang, length: number): OutgoingHttpHeaders {
	const key = `${lang}:${length}`;
	let headers = headerSets.get(key);
	if (!headers) {
		headers = {
			...commonHeaders(lang),
			Vary: varyOn,
			'Content-Type': 'application/json',
			'Content-Length': length
		};
		headerSets.set(key, headers);
	}
	return headers;
}

/** The JSON body of each outcome, made once (there are a dozen). */
const outcomeBodies = new Map<string, string>();
function outcomeBody(outcome: AnswerOutcome): string {
	const key = `${outcome.status}:${'error' in outcome.data ? outcome.data.error : ''}`;
	let body = outcomeBodies.get(key);
	if (body === undefined) {
		body = actionResultBody(outcome.status, outcome.data);
		outcomeBodies.set(key, body);
	}
	return body;
}

function reply(res: ServerResponse, status: number, lang: Lang, body: string): void {
	if (res.headersSent || res.destroyed) return;
	res.writeHead(status, headersFor(lang, Buffer.byteLength(body)));
	res.end(body);
}

function failed(res: ServerResponse, lang: Lang, cause: unknown): void {
	// As SvelteKit's handleError does: logged here, a plain message for the player.
	console.error(cause);
	reply(res, 500, lang, actionErrorBody(errorMessage(500, lang)));
}

/**
 * Answers without an await of its own once the data file is open (each costs a turn of the
 * microtask queue and, with SvelteKit's async context on, promise hooks, under a burst of answers):
 * the seat is read at once, the body by callback, and only saving the answer waits.
 */
function answer(
	req: IncomingMessage,
	res: ServerResponse,
	classId: string,
	cookies: CookieReader,
	lang: Lang
): void {
	const sent = (outcome: AnswerOutcome) => reply(res, 200, lang, outcomeBody(outcome));
	const seat = seatInNow(classId, cookies);
	if (seat === undefined) {
		// The data file is still opening: the general way, which waits for it.
		const body = new Promise<string | null>((resolve) => readBody(req, resolve));
		answerFromForm(classId, cookies, () => body.then(formOf))
			.then(sent)
			.catch((cause: unknown) => failed(res, lang, cause));
		return;
	}
	if (seat === null) {
		req.resume();
		sent({ status: 403, data: { error: 'notInClass' } });
		return;
	}
	readBody(req, (text) => {
		answerAt(seat, formOf(text))
			.then(sent)
			.catch((cause: unknown) => failed(res, lang, cause));
	});
}

/**
 * How the server's origin is worked out, from adapter-node's environment variables (read once, as
 * adapter-node does); null for an ORIGIN adapter-node refuses to start on (if it ever runs,
 * SvelteKit answers everything).
 */
export function originRule(env: FastRouteEnv): OriginRule | null {
	let fixed: string | null = null;
	try {
		if (env.ORIGIN !== undefined) fixed = new URL(env.ORIGIN.trim()).origin;
	} catch {
		return null;
	}
	return {
		fixed,
		protocolHeader: (env.PROTOCOL_HEADER ?? '').toLowerCase(),
		hostHeader: (env.HOST_HEADER ?? '').toLowerCase(),
		portHeader: (env.PORT_HEADER ?? '').toLowerCase()
	};
}

/** The route, configured from adapter-node's environment variables (read once, as adapter-node does). */
export function fastClassAnswer(env: FastRouteEnv): FastRoute {
	const rule = originRule(env);
	if (!rule) return () => false;
	const limit = Math.min(maxBody, bodySizeLimit(env.BODY_SIZE_LIMIT));
	return (req, res) => {
		if (req.method !== 'POST') return false;
		const url = req.url ?? '';
		const match = answerUrl.exec(url);
		if (!match || !isPagePost(req.headers, limit)) return false;
		const origin = serverOrigin(req.headers, url, rule);
		if (origin === null) return false;
		const cookies = cookieReader(req.headers.cookie);
		const lang = requestLanguage(cookies, req.headers);
		// SvelteKit's origin check on form posts: a page on another site may not post here.
		if (req.headers.origin !== origin) {
			reply(res, 403, lang, JSON.stringify({ message: crossSite }));
			return true;
		}
		answer(req, res, match[1]!, cookies, lang);
		return true;
	};
}
