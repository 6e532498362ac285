// A small HTTP/1.1 client for the load benchmark: one keep-alive connection per simulated browser,
// bound to its own loopback source address, with a cookie jar, and the requests the pages make
// (enhanced form posts, data reloads, the event stream).
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

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

/** Requests sent again because the server had closed their idle kept-alive connection. */
export const connectionRetries = { count: 0 };

export class Browser {
	readonly agent: Agent;
	readonly cookies = new Map<string, string>();
	#streams: { destroy(): void }[] = [];

	constructor(
		readonly base: string,
		readonly localAddress: string
	) {
		// One connection for the page's requests, as a browser mostly reuses one per origin.
		this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
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

	send(
		method: 'GET' | 'POST',
		path: string,
		body?: string,
		extraHeaders: Record<string, string> = {}
	): Promise<Reply> {
		const headers: Record<string, string> = { ...extraHeaders };
		const cookie = this.#cookieHeader();
		if (cookie) headers.cookie = cookie;
		if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
		return this.#attempt(method, new URL(path, this.base), headers, body, performance.now());
	}

	#attempt(
		method: string,
		url: URL,
		headers: Record<string, string>,
		body: string | undefined,
		started: number,
		retried = false
	): Promise<Reply> {
		return new Promise((resolve, reject) => {
			const req = request(url, { method, headers, agent: this.agent }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					this.#keepCookies(res.headers);
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8'),
						ms: performance.now() - started
					});
				});
				res.on('error', reject);
			});
			req.on('error', (error: NodeJS.ErrnoException) => {
				// A kept-alive connection that the server closed for idleness (Node's 5 s keep-alive
				// timeout) just as this request went out on it: browsers send such a request again on a
				// new connection, once, and so does this client. The time counts from the first try.
				if (!retried && req.reusedSocket && error.code === 'ECONNRESET') {
					connectionRetries.count += 1;
					resolve(this.#attempt(method, url, headers, body, started, true));
				} else reject(error);
			});
			req.end(body);
		});
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
		this.agent.destroy();
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
