// One kept-alive HTTP/1.1 connection written straight onto a TCP socket, for the load benchmark's
// simulated browsers. Node's own client (http.request with an Agent) spends about as much CPU on a
// request as a bare Node server spends answering it, so a load client built on it, sharing this
// machine's two cores with the server, was the bottleneck of the bare reference (it measured the
// client, not the server). This one sends each request as one prepared string and reads only what
// the benchmark needs of the answer: the status, the headers, and a body sized by Content-Length
// or sent in chunks. Requests on one connection go one at a time, in order, as a browser's do.
import { connect, type Socket } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

export interface RawReply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
	/** Milliseconds from sending the request to the end of the response. */
	ms: number;
}

interface Pending {
	text: string;
	started: number;
	resolve(reply: RawReply): void;
	reject(error: Error): void;
	/** Whether the request went out on a connection that had already carried one. */
	reused: boolean;
	retried: boolean;
}

/** A response head read off the wire. */
interface Head {
	status: number;
	headers: IncomingHttpHeaders;
	/** Bytes of body to come, or 'chunked'; 'close' reads to the end of the connection. */
	length: number | 'chunked' | 'close';
	keepAlive: boolean;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** Parses a response head (status line and header lines, without the blank line). */
export function parseHead(text: string): Head {
	const lines = text.split('\r\n');
	const status = Number(/^HTTP\/1\.[01] (\d{3})/u.exec(lines[0] ?? '')?.[1] ?? NaN);
	if (Number.isNaN(status)) throw new Error(`not an HTTP response: ${JSON.stringify(lines[0])}`);
	const headers: IncomingHttpHeaders = {};
	for (const line of lines.slice(1)) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		if (name === 'set-cookie') (headers['set-cookie'] ??= []).push(value);
		else {
			const before = headers[name];
			headers[name] = typeof before === 'string' ? `${before}, ${value}` : value;
		}
	}
	const encoding = String(headers['transfer-encoding'] ?? '').toLowerCase();
	const declared = headers['content-length'];
	const bodiless = status === 204 || status === 304 || (status >= 100 && status < 200);
	const length = bodiless
		? 0
		: encoding.includes('chunked')
			? 'chunked'
			: declared !== undefined
				? Number(declared)
				: 'close';
	return {
		status,
		headers,
		length,
		keepAlive: String(headers.connection ?? '').toLowerCase() !== 'close' && length !== 'close'
	};
}

/**
 * Reads a chunked body from `buffer`: the body and the bytes it took, or null while incomplete
 * (trailers are not expected and not read).
 */
export function readChunked(buffer: Buffer): { body: Buffer; used: number } | null {
	const parts: Buffer[] = [];
	let at = 0;
	for (;;) {
		const lineEnd = buffer.indexOf('\r\n', at);
		if (lineEnd < 0) return null;
		const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
		if (Number.isNaN(size)) throw new Error('malformed chunk size');
		const start = lineEnd + 2;
		if (size === 0) {
			if (buffer.length < start + 2) return null;
			return { body: Buffer.concat(parts), used: start + 2 };
		}
		if (buffer.length < start + size + 2) return null;
		parts.push(buffer.subarray(start, start + size));
		at = start + size + 2;
	}
}

/** Requests sent again because the server had closed their idle kept-alive connection. */
export const connectionRetries = { count: 0 };

export class RawConnection {
	#socket: Socket | null = null;
	#used = false;
	#buffer: Buffer = Buffer.alloc(0);
	#head: Head | null = null;
	#queue: Pending[] = [];

	constructor(
		readonly host: string,
		readonly port: number,
		readonly localAddress: string
	) {}

	/** Sends a whole request (head and body, as one string) and resolves with its response. */
	request(text: string): Promise<RawReply> {
		return new Promise((resolve, reject) => {
			this.#queue.push({
				text,
				started: performance.now(),
				resolve,
				reject,
				reused: false,
				retried: false
			});
			if (this.#queue.length === 1) this.#sendFirst();
		});
	}

	close(): void {
		this.#socket?.destroy();
		this.#socket = null;
	}

	#sendFirst(): void {
		const first = this.#queue[0];
		if (!first) return;
		const socket = this.#socket ?? this.#open();
		first.reused = this.#used;
		this.#used = true;
		socket.write(first.text);
	}

	#open(): Socket {
		const socket = connect({ host: this.host, port: this.port, localAddress: this.localAddress });
		socket.setNoDelay(true);
		this.#socket = socket;
		this.#used = false;
		this.#buffer = Buffer.alloc(0);
		this.#head = null;
		socket.on('data', (chunk: Buffer) => {
			this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
			try {
				this.#read();
			} catch (error) {
				// A reply this client cannot read fails its request (and those queued behind it on this
				// connection), not the whole benchmark.
				this.#socket = null;
				socket.destroy();
				for (const pending of this.#queue.splice(0)) pending.reject(error as Error);
			}
		});
		socket.on('error', (error: NodeJS.ErrnoException) => this.#lost(socket, error));
		socket.on('close', () => this.#lost(socket, new Error('connection closed')));
		return socket;
	}

	/** Takes every whole response off the buffer. */
	#read(): void {
		for (;;) {
			if (!this.#head) {
				const end = this.#buffer.indexOf(CRLF2);
				if (end < 0) return;
				this.#head = parseHead(this.#buffer.toString('latin1', 0, end));
				this.#buffer = this.#buffer.subarray(end + 4);
			}
			const head = this.#head;
			let body: Buffer;
			if (head.length === 'close') return; // read at close
			if (head.length === 'chunked') {
				const read = readChunked(this.#buffer);
				if (!read) return;
				body = read.body;
				this.#buffer = this.#buffer.subarray(read.used);
			} else {
				if (this.#buffer.length < head.length) return;
				body = this.#buffer.subarray(0, head.length);
				this.#buffer = this.#buffer.subarray(head.length);
			}
			if (!head.keepAlive) {
				// Closed before the next request goes out, which then opens a new connection.
				this.close();
				this.#finish(head, body);
				return;
			}
			this.#finish(head, body);
		}
	}

	#finish(head: Head, body: Buffer): void {
		this.#head = null;
		const done = this.#queue.shift();
		done?.resolve({
			status: head.status,
			headers: head.headers,
			body: body.toString('utf8'),
			ms: performance.now() - (done?.started ?? 0)
		});
		if (this.#queue.length > 0) this.#sendFirst();
	}

	#lost(socket: Socket, error: NodeJS.ErrnoException): void {
		if (this.#socket !== socket) return;
		this.#socket = null;
		const head = this.#head;
		if (head?.length === 'close') {
			this.#finish(head, this.#buffer);
			return;
		}
		const first = this.#queue[0];
		if (!first) return;
		// A kept-alive connection that the server closed for idleness just as this request went out
		// on it: browsers send such a request again on a new connection, once, and so does this
		// client. The time counts from the first try.
		if (first.reused && !first.retried && this.#buffer.length === 0 && !head) {
			first.retried = true;
			connectionRetries.count += 1;
			this.#sendFirst();
			return;
		}
		for (const pending of this.#queue.splice(0)) pending.reject(error);
	}
}
