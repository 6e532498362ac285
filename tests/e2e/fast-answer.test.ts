// The fast class answer route against SvelteKit itself. Two servers start from byte-identical copies
// of one data file: one as `npm start` runs it (the route in front of SvelteKit), one as `node build`
// (SvelteKit alone, which answers every post through the class page's form action). Both get the
// same random sequence of class posts: the page's own answer posts, with real, forged and foreign
// seats, malformed forms, other origins, languages, content types and sizes, and the moves that
// move a class on. Every reply must be the same (status, body and headers), and so must the data
// files afterwards, but for the times of day written in them. Cross-site posts show that the route
// really answered: SvelteKit refuses them before its hooks add the security headers, the route
// refuses them with those headers.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { readSavedData } from '../support/saved-data';
import { startServer, type RunningServer } from '../support/server-process';
import { cookieFrom, postForm, startWorld, type HostileWorld, type Seat } from './hostile-support';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const steps = 240;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let world: HostileWorld;
let plain: RunningServer;
let plainDir = '';

test.beforeAll(async () => {
	world = await startWorld(51);
	// More students in the live class, so that its first question stays open for a while.
	for (const nickname of ['Nour', 'Hala', 'Yusuf']) {
		const joined = await postForm(world.base, '/class?/join', [
			['code', world.live.code],
			['nickname', nickname]
		]);
		const cookie = cookieFrom(joined, `tq-seat-${world.live.id}=`);
		const value = cookie.split('=')[1]!;
		world.live.seats.push({
			classId: world.live.id,
			studentId: value.split('.')[0]!,
			cookie,
			value
		});
	}
	plainDir = await mkdtemp(join(tmpdir(), 'tahaqqaq-plain-'));
	// The same saved data for the second server: the data file and, when there is one, its journal.
	await copyFile(world.dataFile, join(plainDir, 'db.json'));
	await copyFile(`${world.dataFile}.journal`, join(plainDir, 'db.json.journal')).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		}
	);
	plain = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 52,
		dataDir: plainDir,
		plain: true,
		env: { ADDRESS_HEADER: 'x-forwarded-for' }
	});
});

test.afterAll(async () => {
	if (plain) await plain.stop();
	if (world) await world.stop();
	if (plainDir) await rm(plainDir, { recursive: true, force: true });
});

interface Post {
	path: string;
	origin: 'own' | 'evil' | 'none';
	accept: string | null;
	type: string | null;
	cookies: string[];
	acceptLanguage: string | null;
	body: string;
}

interface Reply {
	status: number;
	body: string;
	headers: Record<string, string>;
}

/** Headers that say nothing about the app: the connection's and the clock's. */
const transport = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

async function post(base: string, p: Post): Promise<Reply> {
	const headers: Record<string, string> = { 'x-forwarded-for': '10.0.0.1' };
	if (p.origin === 'own') headers.origin = base;
	if (p.origin === 'evil') headers.origin = 'http://evil.example';
	if (p.accept) headers.accept = p.accept;
	if (p.type) headers['content-type'] = p.type;
	if (p.cookies.length) headers.cookie = p.cookies.join('; ');
	if (p.acceptLanguage) headers['accept-language'] = p.acceptLanguage;
	const response = await fetch(base + p.path, {
		method: 'POST',
		headers,
		body: p.body,
		redirect: 'manual'
	});
	return {
		status: response.status,
		body: await response.text(),
		headers: Object.fromEntries([...response.headers].filter(([name]) => !transport.has(name)))
	};
}

function postArb(w: HostileWorld): fc.Arbitrary<Post> {
	const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
	const seatCookies = (seats: Seat[], other: Seat[], id: string) => [
		...seats.map((s) => s.cookie),
		other[0]!.cookie,
		`tq-seat-${id}=${seats[1]!.studentId}.${flip(seats[1]!.value.split('.')[1]!)}`,
		`tq-seat-${id}=${seats[1]!.studentId}`,
		`tq-seat-${id}="${seats[1]!.value}"`
	];
	const value = fc.oneof(
		{
			arbitrary: fc.constantFrom('0', '1', '2', '3', '4', '9', '-1', '', 'x', '٠', '01'),
			weight: 6
		},
		{ arbitrary: fc.string({ maxLength: 8 }), weight: 1 }
	);
	const answerBody = fc.oneof(
		{
			// Well-formed: taken whenever the seat is real and the question is the student's current one.
			arbitrary: fc
				.tuple(fc.constantFrom('0', '1', '2'), fc.constantFrom('0', '1', '2', '3'))
				.map(([index, choice]) => `index=${index}&choice=${choice}`),
			weight: 8
		},
		{
			arbitrary: fc.tuple(value, value).map(([index, choice]) =>
				new URLSearchParams([
					['index', index],
					['choice', choice]
				]).toString()
			),
			weight: 8
		},
		{
			arbitrary: fc
				.array(fc.tuple(fc.constantFrom('index', 'choice', 'x'), value), { maxLength: 4 })
				.map((entries) => new URLSearchParams(entries).toString()),
			weight: 2
		},
		{ arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
		{ arbitrary: fc.constant(`index=0&choice=1&pad=${'x'.repeat(5000)}`), weight: 1 },
		{ arbitrary: fc.constant(`index=0&choice=1&pad=${'x'.repeat(600 * 1024)}`), weight: 1 }
	);
	const classes = [
		{ cls: w.live, other: w.assignment },
		{ cls: w.assignment, other: w.live }
	];
	const classPost = fc
		.record({
			which: fc.constantFrom(0, 1),
			action: fc.constantFrom('answer', 'answer', 'answer', 'answer', 'next'),
			seat: fc.nat(),
			noSeat: fc.boolean(),
			body: answerBody
		})
		.map(({ which, action, seat, noSeat, body }) => {
			const { cls, other } = classes[which]!;
			const pool = seatCookies(cls.seats, other.seats, cls.id);
			return {
				path: `/class/${cls.id}?/${action}`,
				cookies: noSeat && seat % 5 === 0 ? [] : [pool[seat % pool.length]!],
				body
			};
		});
	// The teacher moves the live class on now and then (through SvelteKit on both servers).
	const teacherPost = fc.constantFrom('close', 'next', 'leaderboard').map((move) => ({
		path: `/teach/${w.live.id}?/${move}`,
		cookies: [w.live.teacherCookie],
		body: ''
	}));
	return fc
		.record({
			target: fc.oneof({ arbitrary: classPost, weight: 12 }, { arbitrary: teacherPost, weight: 1 }),
			origin: fc.constantFrom<Post['origin']>('own', 'own', 'own', 'own', 'own', 'evil', 'none'),
			accept: fc.constantFrom('application/json', 'application/json', 'application/json', '*/*'),
			type: fc.constantFrom(
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded;charset=UTF-8',
				'text/plain',
				'application/json',
				null
			),
			lang: fc.constantFrom<string | null>(null, 'lang=en', 'lang=ar', 'lang=xx'),
			acceptLanguage: fc.constantFrom<string | null>(null, 'en-US,en;q=0.9', 'fr, ar;q=0.1')
		})
		.map(({ target, origin, accept, type, lang, acceptLanguage }) => ({
			path: target.path,
			origin,
			accept,
			type,
			cookies: [...target.cookies, ...(lang ? [lang] : [])],
			acceptLanguage,
			body: target.body
		}));
}

/** The data saved in `dataDir` (as a restart reads it), with the times of day (which two servers cannot share) set to 0. */
async function timeless(dataDir: string): Promise<unknown> {
	return JSON.parse(JSON.stringify(await readSavedData(dataDir)), (key, value: unknown) =>
		typeof value === 'number' && /(At|Ms)$/u.test(key) ? 0 : value
	);
}

test('the fast route answers every class post exactly as SvelteKit does', async () => {
	const fast = world.base;
	const sveltekit = plain.base;
	expect(await timeless(dirname(world.dataFile))).toEqual(await timeless(plainDir));
	const posts = fc.sample(postArb(world), { seed, numRuns: steps });
	console.log(`fast-answer seed ${seed} (FUZZ_SEED=${seed} to replay)`);
	const seen = { saved: 0, refusedHere: 0, failures: 0 };
	for (const [i, p] of posts.entries()) {
		const a = await post(fast, p);
		const b = await post(sveltekit, p);
		const what = `#${i} ${JSON.stringify({ ...p, body: p.body.slice(0, 60) })}`;
		expect(a.status, what).toBe(b.status);
		expect(a.body, what).toBe(b.body);
		const crossSite = a.status === 403 && a.body.includes('Cross-site');
		// What the route takes: the page's enhanced answer post (other posts stay with SvelteKit).
		const forRoute =
			/^\/class\/[^/]+\?\/answer$/u.test(p.path) &&
			p.accept === 'application/json' &&
			p.type?.startsWith('application/x-www-form-urlencoded') &&
			Buffer.byteLength(p.body) <= 4096;
		if (crossSite && forRoute) {
			// Refused by the route, with the headers SvelteKit's own refusal lacks.
			seen.refusedHere++;
			expect(b.headers['x-content-type-options'], what).toBeUndefined();
			expect(a.headers['x-content-type-options'], what).toBe('nosniff');
			expect(a.headers['referrer-policy'], what).toBe('same-origin');
			expect(a.headers['x-frame-options'], what).toBe('DENY');
			for (const [name, value] of Object.entries(b.headers))
				expect(a.headers[name], what).toBe(value);
		} else {
			expect(a.headers, what).toEqual(b.headers);
		}
		if (a.body.startsWith('{"type":"success"') && p.path.endsWith('?/answer')) seen.saved++;
		if (a.body.startsWith('{"type":"failure"')) seen.failures++;
	}
	console.log(
		`fast-answer: ${steps} posts, ${seen.saved} answers saved, ${seen.failures} refused by the rules, ${seen.refusedHere} cross-site refused by the route`
	);
	expect(seen.saved).toBeGreaterThan(0);
	expect(seen.failures).toBeGreaterThan(0);
	expect(seen.refusedHere).toBeGreaterThan(0);
	expect(await timeless(dirname(world.dataFile))).toEqual(await timeless(plainDir));
});
