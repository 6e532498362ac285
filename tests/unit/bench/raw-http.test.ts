import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../bench/http-client';
import { parseHead, RawConnection, readChunked } from '../../bench/raw-http';

describe('parseHead', () => {
	it('reads the status, headers (set-cookie as a list) and the body length', () => {
		const head = parseHead(
			'HTTP/1.1 303 See Other\r\nLocation: /play/x\r\nSet-Cookie: a=1; Path=/\r\nset-cookie: b=2\r\nContent-Length: 0'
		);
		expect(head.status).toBe(303);
		expect(head.headers.location).toBe('/play/x');
		expect(head.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2']);
		expect(head.length).toBe(0);
		expect(head.keepAlive).toBe(true);
	});

	it('knows chunked bodies, bodies to the end of the connection, and bodiless statuses', () => {
		expect(parseHead('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked').length).toBe('chunked');
		const closing = parseHead('HTTP/1.1 200 OK\r\nConnection: close');
		expect(closing.length).toBe('close');
		expect(closing.keepAlive).toBe(false);
		expect(parseHead('HTTP/1.1 304 Not Modified\r\nContent-Length: 12').length).toBe(0);
	});

	it('refuses what is not an HTTP response', () => {
		expect(() => parseHead('SSH-2.0-OpenSSH')).toThrow(/not an HTTP response/u);
	});
});

describe('readChunked', () => {
	it('joins the chunks, and waits while the body is incomplete', () => {
		const whole = Buffer.from('4\r\nWiki\r\n6\r\npedia \r\n0\r\n\r\nNEXT');
		const read = readChunked(whole);
		expect(read?.body.toString()).toBe('Wikipedia ');
		expect(whole.subarray(read?.used ?? 0).toString()).toBe('NEXT');
		for (const cut of [3, 10, 22, 24]) expect(readChunked(whole.subarray(0, cut))).toBeNull();
	});
});

describe('RawConnection against node:http', () => {
	let server: Server;
	let port = 0;
	const connections: number[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const body = Buffer.concat(chunks).toString();
				if (req.url === '/chunked') {
					res.write('part one, ');
					setTimeout(() => res.end('part two'), 5);
				} else if (req.url === '/close') {
					res.writeHead(200, { connection: 'close' });
					res.end('bye');
				} else {
					res.writeHead(200, {
						'content-type': 'text/plain',
						'set-cookie': `seen=${req.headers.cookie ?? 'none'}`
					});
					res.end(`${req.method} ${req.url} ${body}`);
				}
			});
		});
		server.on('connection', () => connections.push(Date.now()));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('sends requests in order on one kept-alive connection', async () => {
		const before = connections.length;
		const connection = new RawConnection('127.0.0.1', port, '127.0.0.1');
		const replies = await Promise.all(
			['a', 'b', 'c'].map((path) => connection.request(`GET /${path} HTTP/1.1\r\nHost: x\r\n\r\n`))
		);
		expect(replies.map((r) => r.body)).toEqual(['GET /a ', 'GET /b ', 'GET /c ']);
		expect(connections.length - before).toBe(1);
		const chunked = await connection.request('GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n');
		expect(chunked.body).toBe('part one, part two');
		expect(connections.length - before).toBe(1);
		connection.close();
	});

	it('reads a body that ends with the connection, then opens a new one', async () => {
		const before = connections.length;
		const connection = new RawConnection('127.0.0.1', port, '127.0.0.1');
		const bye = await connection.request('GET /close HTTP/1.1\r\nHost: x\r\n\r\n');
		expect(bye.body).toBe('bye');
		const after = await connection.request('GET /again HTTP/1.1\r\nHost: x\r\n\r\n');
		expect(after.body).toBe('GET /again ');
		expect(connections.length - before).toBe(2);
		connection.close();
	});

	it('sends a request queued behind a closing response on a new connection', async () => {
		const connection = new RawConnection('127.0.0.1', port, '127.0.0.1');
		const [bye, next] = await Promise.all([
			connection.request('GET /close HTTP/1.1\r\nHost: x\r\n\r\n'),
			connection.request('GET /queued HTTP/1.1\r\nHost: x\r\n\r\n')
		]);
		expect([bye.body, next.body]).toEqual(['bye', 'GET /queued ']);
		connection.close();
	});

	it('gives a browser its cookies back and posts forms with their length', async () => {
		const browser = new Browser(`http://127.0.0.1:${port}`, '127.0.0.1');
		const first = await browser.send('POST', '/form?/go', 'x=1&y=%D8%B9', {
			'content-type': 'application/x-www-form-urlencoded'
		});
		expect(first.status).toBe(200);
		expect(first.body).toBe('POST /form?/go x=1&y=%D8%B9');
		const second = await browser.send('GET', '/next');
		expect(second.headers['set-cookie']).toEqual(['seen=seen=none']);
		browser.close();
	});
});

describe('RawConnection against a server that does not speak HTTP', () => {
	it('fails the request, and the requests queued behind it, without throwing elsewhere', async () => {
		const sockets: Socket[] = [];
		const server = createNetServer((socket) => {
			sockets.push(socket);
			socket.end('SSH-2.0-OpenSSH\r\n\r\n');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const connection = new RawConnection('127.0.0.1', port, '127.0.0.1');
		const replies = await Promise.allSettled([
			connection.request('GET / HTTP/1.1\r\nHost: x\r\n\r\n'),
			connection.request('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n')
		]);
		expect(replies.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect(String((replies[0] as PromiseRejectedResult).reason)).toMatch(/not an HTTP response/u);
		connection.close();
		for (const socket of sockets) socket.destroy();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
});
