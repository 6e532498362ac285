// The class answer route that `npm start` runs in front of SvelteKit, on a real data file and a real
// node:http server in this process: which requests it takes (only the class page's enhanced answer
// post) and which it leaves to SvelteKit, that it answers them as the SvelteKit action does (same
// function, same JSON, same headers), that it keeps the origin check, and that random requests
// never get a 5xx or change data they should not. Also its small parts: the server's origin as
// adapter-node works it out, devalue's encoding of the action data, and the cookie reader, each
// against the library it stands in for.
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCookies } from 'cookie';
import * as devalue from 'devalue';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { FastRoute } from '../../../src/lib/server/fast-route';
import { readSavedFile, savedBytes } from '../../support/saved-data';
import { declined, serveRoute } from './fast-route-server';

const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-fast-'));
const dataFile = join(dir, 'db.json');

vi.mock('$env/dynamic/private', () => ({
	env: { DB_FILE: join(dir, 'db.json'), BANK_FILE: 'tests/fixtures/bank.json' }
}));

const { fastClassAnswer, serverOrigin, bodySizeLimit } =
	await import('../../../src/lib/server/fast-answer');
const { encodeFlat, actionResultBody } = await import('../../../src/lib/server/action-result');
const { cookieIn } = await import('../../../src/lib/server/cookie-header');
const { commonHeaders, varyOn } = await import('../../../src/lib/server/responses');
const classroom = await import('../../../src/lib/server/classroom');
const { questionBank } = await import('../../../src/lib/server/bank');

// ---------------------------------------------------------------------------------------------
// A class, three students, and servers that run the route (or say 599 when it leaves a request).

interface Seat {
	studentId: string;
	cookie: string;
}

let classId = '';
const seats: Record<string, Seat> = {};
let otherSeat: Seat;
const answers = questionBank()
	.questions.slice(0, 3)
	.map((q) => ({ id: q.id, answer: q.answer, options: q.options.length }));

const servers: Server[] = [];

async function serve(route: FastRoute): Promise<string> {
	const { server, base } = await serveRoute(route);
	servers.push(server);
	return base;
}

let base = '';

async function join_(code: string, nickname: string, id: string): Promise<Seat> {
	const joined = await classroom.joinClass(code, nickname);
	if (!joined.ok) throw new Error(`join ${nickname}: ${joined.reason}`);
	const value = `${joined.student.id}.${joined.student.seat}`;
	return { studentId: joined.student.id, cookie: `tq-seat-${id}=${value}` };
}

/** A live, untimed class of the three questions. */
const liveClass = () =>
	classroom.createClass({
		mode: 'live',
		timed: false,
		questions: answers.map((a) => questionBank().question(a.id)!),
		deadline: null
	});

beforeAll(async () => {
	const cls = await liveClass();
	classId = cls.id;
	for (const name of ['Sara', 'Omar', 'Lina', 'Nour'])
		seats[name] = await join_(cls.code, name, cls.id);
	await classroom.moveLiveGame(cls.id, 'start');
	const other = await liveClass();
	otherSeat = await join_(other.code, 'Karim', other.id);
	// As `npm start` runs it: no ORIGIN, the protocol from the server's own header.
	base = await serve(fastClassAnswer({ PROTOCOL_HEADER: 'x-tahaqqaq-protocol' }));
});

afterAll(async () => {
	for (const server of servers) server.close();
	await rm(dir, { recursive: true, force: true });
});

interface Sent {
	path?: string;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	/** Send the body in chunks, without a Content-Length. */
	chunked?: boolean;
	to?: string;
}

interface Got {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

function send(sent: Sent): Promise<Got> {
	const url = new URL(sent.path ?? `/class/${classId}?/answer`, sent.to ?? base);
	const body = sent.body ?? '';
	const headers: Record<string, string> = { ...sent.headers };
	if (!sent.chunked) headers['content-length'] = String(Buffer.byteLength(body));
	return new Promise((resolve, reject) => {
		const req = request(url, { method: sent.method ?? 'POST', headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8')
				})
			);
		});
		req.on('error', reject);
		if (sent.chunked) {
			req.write(body.slice(0, 3));
			req.end(body.slice(3));
		} else req.end(body);
	});
}

/** The class page's enhanced post, as `use:enhance` sends it. */
function pagePost(fields: string, cookies: string[], extra: Record<string, string> = {}): Sent {
	return {
		headers: {
			origin: base,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookies.length ? { cookie: cookies.join('; ') } : {}),
			...extra
		},
		body: fields
	};
}

// Everything saved, byte for byte (the data file and its journal), and the data as a restart reads it.
const raw = () => savedBytes(dir);

interface SavedStudent {
	score: number;
	answers: ({ choice: number | null; points: number } | null)[];
}
async function student(seat: Seat, id = classId): Promise<SavedStudent> {
	const data = await readSavedFile(dataFile);
	return data.classes![id]!.students[seat.studentId]! as SavedStudent;
}

function result(got: Got): { type: string; status: number; data: unknown } {
	const parsed = JSON.parse(got.body) as { type: string; status: number; data: string };
	return { ...parsed, data: devalue.parse(parsed.data) };
}

// ---------------------------------------------------------------------------------------------

describe('the fast class answer route', () => {
	test('answers the page’s post as SvelteKit would: saved, then the same JSON and headers', async () => {
		const sara = seats.Sara!;
		const got = await send(pagePost(`index=0&choice=${answers[0]!.answer}`, [sara.cookie]));
		expect(got.status).toBe(200);
		expect(got.body).toBe('{"type":"success","status":200,"data":"[{\\"saved\\":1},true]"}');
		expect(got.headers['content-type']).toBe('application/json');
		expect(got.headers['content-length']).toBe(String(got.body.length));
		// Arabic: no lang cookie and no Accept-Language.
		for (const [name, value] of Object.entries(commonHeaders('ar')))
			expect(got.headers[name.toLowerCase()]).toBe(value);
		expect(got.headers.vary).toBe(varyOn);
		// Acknowledged only once on disk.
		const saved = await student(sara);
		expect(saved.answers[0]).toMatchObject({ choice: answers[0]!.answer, points: 100 });
		expect(saved.score).toBe(100);
	});

	test('refusals are the action’s failures, in the player’s language headers', async () => {
		const sara = seats.Sara!;
		const omar = seats.Omar!;
		const before = await raw();
		const forged = `tq-seat-${classId}=${omar.studentId}.${'A'.repeat(32)}`;
		const cases: [Sent, number, string, string][] = [
			[pagePost('index=0&choice=1', [sara.cookie, 'lang=en']), 409, 'alreadyAnswered', 'en'],
			[pagePost('index=0&choice=1', []), 403, 'notInClass', 'ar'],
			[pagePost('index=0&choice=1', [forged]), 403, 'notInClass', 'ar'],
			// Another class's seat is no seat here.
			[pagePost('index=0&choice=1', [otherSeat.cookie]), 403, 'notInClass', 'ar'],
			[
				pagePost('index=x&choice=1', [omar.cookie], { 'accept-language': 'en-GB,en;q=0.8' }),
				400,
				'malformed',
				'en'
			],
			[pagePost('choice=1', [omar.cookie]), 400, 'malformed', 'ar'],
			[pagePost('index=0&choice=-1', [omar.cookie]), 400, 'malformed', 'ar'],
			[pagePost('', [omar.cookie]), 400, 'malformed', 'ar'],
			[pagePost('index=1&choice=0', [omar.cookie]), 409, 'notCurrent', 'ar'],
			[pagePost('index=0&choice=9', [omar.cookie]), 409, 'badChoice', 'ar']
		];
		for (const [sent, status, error, lang] of cases) {
			const got = await send(sent);
			expect(got.status, sent.body).toBe(200);
			expect(result(got), sent.body).toEqual({ type: 'failure', status, data: { error } });
			expect(got.headers['content-language']).toBe(lang);
			expect(got.headers['x-content-type-options']).toBe('nosniff');
		}
		// A seat cookie in a class of the same id shape but no such class.
		const unknown = await send({
			...pagePost('index=0&choice=0', [`tq-seat-${'B'.repeat(22)}=${sara.studentId}.x`]),
			path: `/class/${'B'.repeat(22)}?/answer`
		});
		expect(result(unknown)).toMatchObject({ type: 'failure', status: 403 });
		expect(await raw()).toBe(before);
	});

	test('keeps SvelteKit’s origin check: another site, an opaque origin or none is refused', async () => {
		const before = await raw();
		const omar = seats.Omar!;
		for (const origin of ['http://evil.example', 'null', `${base}.evil.example`, '']) {
			const sent = pagePost('index=0&choice=0', [omar.cookie, 'lang=en']);
			if (origin) sent.headers!.origin = origin;
			else delete sent.headers!.origin;
			const got = await send(sent);
			expect(got.status, origin).toBe(403);
			expect(JSON.parse(got.body)).toEqual({
				message: 'Cross-site POST form submissions are forbidden'
			});
			expect(got.headers['x-content-type-options']).toBe('nosniff');
			expect(got.headers['x-frame-options']).toBe('DENY');
		}
		// The origin is the server's own as the request names it (Host), not whatever was configured.
		const viaName = await send({
			...pagePost('index=0&choice=0', [omar.cookie]),
			headers: {
				...pagePost('', [omar.cookie]).headers!,
				origin: base.replace('127.0.0.1', 'localhost')
			}
		});
		expect(viaName.status).toBe(403);
		expect(await raw()).toBe(before);
	});

	test('leaves every other request to SvelteKit, untouched', async () => {
		const before = await raw();
		const omar = seats.Omar!;
		const post = pagePost('index=0&choice=0', [omar.cookie]);
		const h = post.headers!;
		const left: Sent[] = [
			{ ...post, method: 'PUT' },
			{ ...post, method: 'GET', body: '' },
			{ ...post, path: `/class/${classId}?/next` },
			{ ...post, path: `/class/${classId}/?/answer` },
			{ ...post, path: `/class/${classId}?/answer&/next` },
			{ ...post, path: `/class/${classId}?/answer=` },
			{ ...post, path: `/class/${classId.slice(1)}?/answer` },
			{ ...post, path: `/class/${classId}x?/answer` },
			{ ...post, path: `/class/%41${classId.slice(1)}?/answer` },
			{ ...post, path: `/teach/${classId}?/answer` },
			// Without JavaScript, the page posts for an HTML page in reply.
			{ ...post, headers: { ...h, accept: 'text/html' } },
			{ ...post, headers: { ...h, accept: 'application/json, text/html' } },
			{ ...post, headers: { ...h, accept: '*/*' } },
			{ ...post, headers: Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'accept')) },
			{ ...post, headers: { ...h, 'content-type': 'multipart/form-data; boundary=x' } },
			{ ...post, headers: { ...h, 'content-type': 'text/plain' } },
			{ ...post, headers: { ...h, 'content-type': 'application/json' } },
			{ ...post, chunked: true },
			{ ...post, body: `index=0&choice=0&pad=${'x'.repeat(5000)}` }
		];
		for (const sent of left) {
			const got = await send(sent);
			expect(got.status, JSON.stringify({ ...sent, body: sent.body?.slice(0, 40) })).toBe(declined);
		}
		// A cross-site post it leaves alone is SvelteKit's to refuse.
		const crossChunked = await send({
			...post,
			headers: { ...h, origin: 'http://evil.example' },
			chunked: true
		});
		expect(crossChunked.status).toBe(declined);
		expect(await raw()).toBe(before);
	});

	test('reads the body size limit and the origin settings as adapter-node does', async () => {
		expect(bodySizeLimit(undefined)).toBe(512 * 1024);
		expect(bodySizeLimit('1K')).toBe(1024);
		expect(bodySizeLimit('2m')).toBe(2 * 1024 * 1024);
		expect(bodySizeLimit('100')).toBe(100);
		expect(bodySizeLimit('Infinity')).toBe(Infinity);
		expect(bodySizeLimit('lots')).toBe(0);
		// A limit below the route's own: larger bodies go to SvelteKit and its 413.
		const small = await serve(
			fastClassAnswer({ PROTOCOL_HEADER: 'x-tahaqqaq-protocol', BODY_SIZE_LIMIT: '20' })
		);
		const omar = seats.Omar!;
		const tooBig = pagePost(`index=0&choice=0&pad=xxxxxxx`, [omar.cookie], { origin: small });
		expect((await send({ ...tooBig, to: small })).status).toBe(declined);
		// With ORIGIN set, only that origin may post, whatever the Host header says.
		const fixed = await serve(fastClassAnswer({ ORIGIN: 'https://quiz.example.org/' }));
		const own = pagePost('index=x&choice=0', [omar.cookie], { origin: 'https://quiz.example.org' });
		expect(result(await send({ ...own, to: fixed }))).toMatchObject({
			type: 'failure',
			status: 400
		});
		const host = pagePost('index=x&choice=0', [omar.cookie], { origin: fixed });
		expect((await send({ ...host, to: fixed })).status).toBe(403);
		// An ORIGIN adapter-node would refuse to start with: the route takes nothing.
		const broken = await serve(fastClassAnswer({ ORIGIN: 'not a url' }));
		expect((await send({ ...own, to: broken })).status).toBe(declined);

		const rule = {
			fixed: null,
			protocolHeader: 'x-proto',
			hostHeader: 'x-host',
			portHeader: 'x-port'
		};
		const origin = (headers: Record<string, string | string[]>) =>
			serverOrigin(headers, '/class/x?/answer', rule);
		expect(origin({ host: 'localhost:3000' })).toBe('https://localhost:3000');
		expect(origin({ host: 'localhost:3000', 'x-proto': 'http' })).toBe('http://localhost:3000');
		expect(origin({ host: 'LocalHost:80', 'x-proto': 'http' })).toBe('http://localhost');
		expect(origin({ host: 'a', 'x-host': 'quiz.example', 'x-port': '8443' })).toBe(
			'https://quiz.example:8443'
		);
		expect(origin({ host: 'a', 'x-proto': 'http:' })).toBeNull();
		expect(origin({ host: 'a', 'x-proto': '%E2' })).toBeNull();
		expect(origin({ host: 'a', 'x-port': 'eighty' })).toBeNull();
		expect(origin({ host: 'a', 'x-host': ['b', 'c'] })).toBeNull();
		expect(origin({ host: 'a', 'x-proto': 'foo' })).toBeNull();
		expect(origin({})).toBeNull();
		expect(origin({ host: 'bad host' })).toBeNull();
		const fixedRule = { ...rule, fixed: 'https://quiz.example.org' };
		expect(serverOrigin({ host: 'evil.example' }, '/class/x?/answer', fixedRule)).toBe(
			'https://quiz.example.org'
		);
	});

	test('random requests: never a 5xx; each is left, refused with a message key, or a real answer', async () => {
		const lina = seats.Lina!;
		const nour = seats.Nour!;
		const omar = seats.Omar!;
		const cookiePool = [
			[],
			[lina.cookie],
			[nour.cookie],
			[omar.cookie, 'lang=en'],
			[otherSeat.cookie],
			[`tq-seat-${classId}=${lina.studentId}`],
			[`tq-seat-${classId}="${lina.cookie.split('=')[1]}"`],
			[`tq-seat-${classId}=${encodeURIComponent(lina.cookie.split('=')[1]!)}`],
			[`tq-seat-${classId}=%`, 'lang=xx'],
			[`${lina.cookie}; tq-seat-${classId}=forged`],
			[`tq-seat-${classId}=forged; ${lina.cookie}`]
		];
		const value = fc.oneof(
			fc.constantFrom('0', '1', '2', '3', '9', '-1', '', '01', '٠', '1e0', ' 1', '10000'),
			fc.string({ maxLength: 12 })
		);
		const fields = fc.array(
			fc.tuple(fc.constantFrom('index', 'choice', 'x', 'index', 'choice'), value),
			{ maxLength: 5 }
		);
		const answer = fc.constantFrom('0', '1', '2', '3').map((choice): [string, string][] => [
			['index', '0'],
			['choice', choice]
		]);
		const sentArb = fc.record({
			fields: fc.oneof(fields, answer),
			raw: fc.option(fc.string({ unit: 'binary', maxLength: 60 }), { nil: undefined }),
			cookies: fc.constantFrom(...cookiePool),
			origin: fc.constantFrom('own', 'own', 'own', 'evil', 'none'),
			accept: fc.constantFrom('application/json', 'application/json', 'text/html', undefined),
			type: fc.constantFrom(
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded',
				'APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8',
				'text/plain'
			),
			language: fc.constantFrom(undefined, 'en', 'ar;q=0.5, en', 'fr')
		});
		const keys = [
			'notInClass',
			'malformed',
			'alreadyAnswered',
			'notCurrent',
			'badChoice',
			'closed'
		];
		let successes = 0;
		await fc.assert(
			fc.asyncProperty(sentArb, async (s) => {
				const before = await raw();
				const headers: Record<string, string> = { 'content-type': s.type };
				if (s.origin === 'own') headers.origin = base;
				if (s.origin === 'evil') headers.origin = 'http://evil.example';
				if (s.accept) headers.accept = s.accept;
				if (s.language) headers['accept-language'] = s.language;
				if (s.cookies.length) headers.cookie = s.cookies.join('; ');
				const body = s.raw ?? new URLSearchParams(s.fields).toString();
				const got = await send({ headers, body });
				if (got.status !== declined) expect(got.status).toBeLessThan(500);
				const taken = s.accept === 'application/json' && s.type !== 'text/plain';
				if (!taken) {
					expect(got.status).toBe(declined);
				} else if (s.origin !== 'own') {
					expect(got.status).toBe(403);
				} else {
					expect(got.status).toBe(200);
					const r = result(got);
					if (r.type === 'success') {
						successes++;
						expect(await raw()).not.toBe(before);
						return;
					}
					expect(r.type).toBe('failure');
					expect(keys).toContain((r.data as { error: string }).error);
				}
				expect(await raw()).toBe(before);
			}),
			{ numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20261123) }
		);
		// Only Lina's, Nour's and Omar's well-formed answers to question 0 go through, each once.
		expect(successes).toBeGreaterThan(0);
		expect(successes).toBeLessThanOrEqual(3);
		const saved = [await student(lina), await student(nour), await student(omar)];
		expect(saved.filter((s) => s.answers[0])).toHaveLength(successes);
	});

	test('an answer that comes while the data file is still opening waits for it', async () => {
		const cls = await liveClass();
		const huda = await join_(cls.code, 'Huda', cls.id);
		await classroom.moveLiveGame(cls.id, 'start');
		// A new server process: the same data file, its store not open yet.
		vi.resetModules();
		const fresh = await import('../../../src/lib/server/fast-answer');
		const { openedDatabase } = await import('../../../src/lib/server/db');
		expect(openedDatabase()).toBeNull();
		const freshBase = await serve(
			fresh.fastClassAnswer({ PROTOCOL_HEADER: 'x-tahaqqaq-protocol' })
		);
		const got = await send({
			...pagePost(`index=0&choice=${answers[0]!.answer}`, [huda.cookie], { origin: freshBase }),
			path: `/class/${cls.id}?/answer`,
			to: freshBase
		});
		expect(result(got)).toEqual({ type: 'success', status: 200, data: { saved: true } });
		expect(openedDatabase()).not.toBeNull();
		expect((await student(huda, cls.id)).answers[0]).toMatchObject({ choice: answers[0]!.answer });
	});
});

describe('the parts that stand in for libraries', () => {
	test('the action data’s encoding is devalue’s', () => {
		const words = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/u);
		fc.assert(
			fc.property(
				fc.dictionary(words, fc.oneof(words, fc.boolean()), { maxKeys: 5, noNullPrototype: true }),
				(data) => {
					expect(encodeFlat(data)).toBe(devalue.stringify(data));
				}
			)
		);
		expect(encodeFlat({ error: 'notInClass' })).toBe(devalue.stringify({ error: 'notInClass' }));
		expect(() => encodeFlat({ error: '<script>' })).toThrow();
		expect(JSON.parse(actionResultBody(409, { error: 'closed' }))).toEqual({
			type: 'failure',
			status: 409,
			data: '[{"error":1},"closed"]'
		});
	});

	test('a cookie is read as the `cookie` package (SvelteKit’s cookies.get) reads it', () => {
		const names = ['lang', 'tq-seat-a', 'a', ' a', 'b'];
		const piece = fc.constantFrom(
			'lang',
			'tq-seat-a',
			'a',
			'b',
			'=',
			';',
			' ',
			'\t',
			'"',
			'%',
			'%41',
			'%E2%80',
			'%zz',
			'x.y',
			'en',
			'\u00a0'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
				const header = pieces.join('');
				const parsed = parseCookies(header);
				for (const name of names) {
					const expected = Object.hasOwn(parsed, name) ? parsed[name] : undefined;
					expect(cookieIn(header, name), JSON.stringify(header)).toBe(expected);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
