// A small HTTP/1.1 client for the load benchmark: one keep-alive connection per simulated browser,
// bound to its own loopback source address, with a cookie jar, and the requests the pages make
// (enhanced form posts, data reloads, the event stream). Requests go out on raw-http.ts's
// connection, which costs the client far less CPU than Node's own http client.
import { request, type IncomingHttpHeaders } from 'node:http';
import { RawConnection } from './raw-http';

export { connectionRetries } from './raw-http';

export interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
	/** Milliseconds from sending the request to the end of the response. */
	ms: number;
}

/** The loopback source address of simulated client `i` (Linux routes all of 127.0.0.0/8 to lo). */
export function loopbackAddress(i: number): string {
	return `127.${1 + Math.floor(i / 250)}.0.${1 + (i % 250)}`;
}

export class Browser {
	readonly cookies = new Map<string, string>();
	readonly #base: URL;
	// One connection for the page's requests, as a browser mostly reuses one per origin.
	readonly #connection: RawConnection;
	#streams: { destroy(): void }[] = [];

	constructor(
		readonly base: string,
		readonly localAddress: string
	) {
		this.#base = new URL(base);
		this.#connection = new RawConnection(
			this.#base.hostname,
			Number(this.#base.port || 80),
			localAddress
		);
	}

	#cookieHeader(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	#keepCookies(headers: IncomingHttpHeaders): void {
		for (const line of headers['set-cookie'] ?? []) {
			const pair = line.split(';')[0] ?? '';
			const eq = pair.indexOf('=');
			if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
		}
	}

	async send(
		method: 'GET' | 'POST',
		path: string,
		body?: string,
		extraHeaders: Record<string, string> = {}
	): Promise<Reply> {
		const url = new URL(path, this.base);
		let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${this.#base.host}\r\n`;
		for (const [name, value] of Object.entries(extraHeaders)) head += `${name}: ${value}\r\n`;
		const cookie = this.#cookieHeader();
		if (cookie) head += `cookie: ${cookie}\r\n`;
		if (body !== undefined) head += `content-length: ${Buffer.byteLength(body)}\r\n`;
		const reply = await this.#connection.request(`${head}\r\n${body ?? ''}`);
		this.#keepCookies(reply.headers);
		return reply;
	}

	/** A form posted the way `use:enhance` posts it: the answer is a small JSON action result. */
	async action(path: string, fields: [string, string][]): Promise<ActionReply> {
		const reply = await this.send('POST', path, new URLSearchParams(fields).toString(), {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			origin: this.base
		});
		let result: ActionResult = { type: 'unparsed' };
		try {
			result = JSON.parse(reply.body) as ActionResult;
		} catch {
			// Kept as 'unparsed'; the caller reports the status and body.
		}
		return { ...reply, result };
	}

	/** The page data reload that `invalidateAll()` makes (layout and page both invalidated). */
	reload(pagePath: string): Promise<Reply> {
		const path = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
		return this.send('GET', `${path}__data.json?x-sveltekit-invalidated=11`);
	}

	/**
	 * Opens an event stream (on its own connection, as EventSource does) and calls `onEvent` with each
	 * event's name. Resolves once the server has answered with the stream's headers.
	 */
	openEvents(path: string, onEvent: (name: string) => void): Promise<void> {
		return new Promise((resolve, reject) => {
			const cookie = this.#cookieHeader();
			const req = request(
				new URL(path, this.base),
				{
					method: 'GET',
					agent: false,
					localAddress: this.localAddress,
					headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) }
				},
				(res) => {
					if (res.statusCode !== 200) {
						res.resume();
						reject(new Error(`event stream ${path}: HTTP ${res.statusCode ?? 0}`));
						return;
					}
					let buffer = '';
					res.setEncoding('utf8');
					res.on('data', (chunk: string) => {
						buffer += chunk;
						let end;
						while ((end = buffer.indexOf('\n\n')) >= 0) {
							const block = buffer.slice(0, end);
							buffer = buffer.slice(end + 2);
							const name = /^event: (.+)$/mu.exec(block)?.[1];
							if (name) onEvent(name);
						}
					});
					res.on('error', () => {});
					resolve();
				}
			);
			req.on('error', (error) => reject(error));
			req.end();
			this.#streams.push(req);
		});
	}

	close(): void {
		for (const stream of this.#streams) stream.destroy();
		this.#streams = [];
		this.#connection.close();
	}
}

export type ActionResult =
	| { type: 'success' | 'failure'; status: number; data?: string }
	| { type: 'redirect'; status: number; location: string }
	| { type: 'error'; error?: unknown }
	| { type: 'unparsed' };

export interface ActionReply extends Reply {
	result: ActionResult;
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inParallel<T>(
	count: number,
	limit: number,
	task: (i: number) => Promise<T>
): Promise<T[]> {
	const out = new Array<T>(count);
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const i = next++;
			out[i] = await task(i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
	return out;
}
