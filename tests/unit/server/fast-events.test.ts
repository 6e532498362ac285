// The students' event stream that `npm start` serves in front of SvelteKit (fast-events.ts), on a
// real data file and a node:http server in this process: which requests it takes and which it
// leaves to SvelteKit, that its headers are the ones SvelteKit's response carries to the wire
// (a Web Headers object, as adapter-node writes it), that a stage change reaches the stream and
// that a stream gone away leaves nothing subscribed.
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { declined, serveRoute } from './fast-route-server';

const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-fast-events-'));

vi.mock('$env/dynamic/private', () => ({
	env: { DB_FILE: join(dir, 'db.json'), BANK_FILE: 'tests/fixtures/bank.json' }
}));

const { fastStudentEvents, eventHeaders } = await import('../../../src/lib/server/fast-events');
const { publish, streamHeaders, subscriberCount } =
	await import('../../../src/lib/server/classroom-hub');
const { commonHeaders, varyOn } = await import('../../../src/lib/server/responses');
const classroom = await import('../../../src/lib/server/classroom');
const { database } = await import('../../../src/lib/server/db');
const { questionBank } = await import('../../../src/lib/server/bank');

let server: Server;
let base = '';
let classId = '';

/** Opens a request and resolves with the response as soon as its head arrives. */
function open(
	path: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ res: IncomingMessage; close(): void }> {
	return new Promise((resolve, reject) => {
		const req = request(
			new URL(path, base),
			{ method: options.method ?? 'GET', headers: options.headers ?? {} },
			(res) => resolve({ res, close: () => req.destroy() })
		);
		req.on('error', (error) => {
			if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
		});
		req.end(options.body);
	});
}

/** Reads the stream until `text` has arrived. */
function until(res: IncomingMessage, text: string): Promise<string> {
	return new Promise((resolve) => {
		let got = '';
		const onData = (chunk: Buffer) => {
			got += chunk.toString('utf8');
			if (got.includes(text)) {
				res.off('data', onData);
				resolve(got);
			}
		};
		res.on('data', onData);
	});
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeAll(async () => {
	await database();
	const questions = questionBank().questions.slice(0, 2);
	const cls = await classroom.createClass({
		mode: 'live',
		timed: false,
		questions,
		deadline: null
	});
	classId = cls.id;
	({ server, base } = await serveRoute(
		fastStudentEvents({ PROTOCOL_HEADER: 'x-tahaqqaq-protocol' })
	));
});

afterAll(async () => {
	server.closeAllConnections();
	server.close();
	await rm(dir, { recursive: true, force: true });
});

describe('the fast student event stream', () => {
	test('has the headers SvelteKit’s response carries, in the order adapter-node writes them', () => {
		for (const lang of ['ar', 'en'] as const) {
			// hooks.server.ts sets the common headers on the route's Response and appends Vary.
			const kit = new Headers(streamHeaders);
			for (const [name, value] of Object.entries(commonHeaders(lang))) kit.set(name, value);
			kit.append('Vary', varyOn);
			expect(Object.entries(eventHeaders(lang))).toEqual([...kit]);
		}
	});

	test('streams a class’s stage changes, in the reader’s language, until the browser leaves', async () => {
		const { res, close } = await open(`/class/${classId}/events`, {
			headers: { cookie: 'lang=en', 'accept-language': 'ar' }
		});
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
		expect(res.headers['content-language']).toBe('en');
		expect(res.headers['transfer-encoding']).toBe('chunked');
		await until(res, ': connected\n\n');
		expect(subscriberCount(classId)).toBe(1);
		publish(classId, 'answer'); // the teacher's business: a student stream hears nothing of it
		publish(classId, 'state');
		const got = await until(res, 'event: state');
		expect(got).not.toContain('event: answer');
		close();
		await settle();
		expect(subscriberCount(classId)).toBe(0);
	});

	test('takes the language from Accept-Language without the cookie', async () => {
		const { res, close } = await open(`/class/${classId}/events`, {
			headers: { 'accept-language': 'en-GB,en;q=0.9' }
		});
		expect(res.headers['content-language']).toBe('en');
		close();
		await settle();
	});

	test('leaves to SvelteKit what it does not expect', async () => {
		const unknown = 'x'.repeat(22);
		const cases: [string, Parameters<typeof open>[1]][] = [
			[`/class/${unknown}/events`, {}],
			[`/class/${classId}/events?x=1`, {}],
			[`/class/${classId}/events/`, {}],
			[`/class/${classId}`, {}],
			[`/teach/${classId}/events`, {}],
			[`/class/${classId}/events`, { method: 'POST' }],
			[`/class/${classId}/events`, { method: 'HEAD' }],
			[`/class/${classId}/events`, { headers: { 'content-length': '5' }, body: 'hello' }]
		];
		for (const [path, options] of cases) {
			const { res, close } = await open(path, options);
			expect([path, options, res.statusCode]).toEqual([path, options, declined]);
			close();
		}
		await settle();
		expect(subscriberCount(classId)).toBe(0);
	});
});
