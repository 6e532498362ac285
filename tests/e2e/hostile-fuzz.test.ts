// Thousands of random and malformed requests to every form action and endpoint, on a server of its
// own with real games and classes in it.
//
// What every answer must be:
// - never a 5xx;
// - a 4xx with a clear message in the player's language (the request's `lang` cookie, else Arabic):
//   - enhanced posts (x-sveltekit-action, Accept: application/json) answer JSON: either
//     `{type:'failure', status, data}` whose data names a message key (`error`, or each value of
//     `errors`) that exists in both languages in the namespace the action's page reads, or
//     `{type:'error', error:{message}}` whose message is one of the app's error messages;
//   - plain posts and GETs answer a page (or JSON for __data.json) that contains, word for word, one
//     of the app's error messages in the request's language;
// - a redirect only to a path on this site;
// - a body over adapter-node's BODY_SIZE_LIMIT (512K) on an action that reads its form: 413;
// - and no stored change where none may happen: db.json and its journal are byte-for-byte the same
//   after a batch of requests that must all be refused; where a batch may change data, the change
//   is checked.
//
// The seed is printed; rerun one with FUZZ_SEED=<seed>.
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkNickname } from '../../src/lib/classroom/nickname';
import {
	actionResult,
	failureKeys,
	formBody,
	headers,
	knownFailureKey,
	messageIn,
	resets,
	send,
	startWorld,
	type HostileWorld,
	type Lang,
	type Received,
	type Sent
} from './hostile-support';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let world: HostileWorld;
let counted = 0;

test.beforeAll(async () => {
	console.log(`hostile-fuzz seed ${seed} (FUZZ_SEED=${seed} to replay)`);
	world = await startWorld(40);
});

test.afterAll(async () => {
	console.log(`hostile-fuzz: ${counted} requests, ${resets.count} connection resets retried`);
	if (world) await world.stop();
});

// ---------------------------------------------------------------------------------------------
// Every action and endpoint, as enumerated from src/routes (the first test checks that list).

type Target =
	| { kind: 'action'; route: string; action: string; family: string; readsForm: boolean }
	| { kind: 'endpoint'; route: string; method: string };

const actionTargets: Target[] = [
	{ kind: 'action', route: '/', action: 'start', family: 'start', readsForm: true },
	{
		kind: 'action',
		route: '/play/[id]',
		action: 'answer',
		family: 'play-answer',
		readsForm: false
	},
	{ kind: 'action', route: '/play/[id]', action: 'next', family: 'play-next', readsForm: false },
	{ kind: 'action', route: '/class', action: 'join', family: 'join', readsForm: true },
	{
		kind: 'action',
		route: '/class/[id]',
		action: 'answer',
		family: 'class-answer',
		readsForm: false
	},
	{ kind: 'action', route: '/class/[id]', action: 'next', family: 'class-next', readsForm: false },
	{ kind: 'action', route: '/teach', action: 'create', family: 'create', readsForm: true },
	...['start', 'close', 'leaderboard', 'next', 'finish', 'hide', 'show', 'closeAssignment'].map(
		(action): Target => ({
			kind: 'action',
			route: '/teach/[id]',
			action,
			family: 'teacher',
			readsForm: false
		})
	)
];

const endpointTargets: Target[] = [
	{ kind: 'endpoint', route: '/lang', method: 'POST' },
	{ kind: 'endpoint', route: '/class/[id]/events', method: 'GET' },
	{ kind: 'endpoint', route: '/teach/[id]/events', method: 'GET' },
	{ kind: 'endpoint', route: '/teach/[id]/results.csv', method: 'GET' },
	{ kind: 'endpoint', route: '/i18n/[lang]/[namespace]', method: 'GET' }
];

/** Pages: GET with random ids and cookies, and POST (most have no actions: 405). */
const pages = [
	'/',
	'/help',
	'/articles',
	'/articles/[id]',
	'/leaderboard',
	'/play/[id]',
	'/play/[id]/result',
	'/play/[id]/review',
	'/class',
	'/class/[id]',
	'/class/[id]/review',
	'/teach',
	'/teach/[id]',
	'/teach/[id]/results',
	'/teach/[id]/review',
	'/teach/key/[token]'
];

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? routeFiles(path) : [path];
	});
}

test('the fuzzed targets are every action, endpoint and page in src/routes', () => {
	const files = routeFiles('src/routes');
	const route = (file: string) =>
		'/' +
		file.replace(/^src\/routes\/?/, '').replace(/\/?\+(page|server)(\.server)?\.(ts|svelte)$/, '');
	const actions = files
		.filter((f) => f.endsWith('+page.server.ts'))
		.flatMap((f) => {
			const source = readFileSync(f, 'utf8');
			const block = /export const actions[^{]*\{([\s\S]*)\n\};/.exec(source)?.[1] ?? '';
			return [...block.matchAll(/^\t(\w+):/gm)].map((m) => `${route(f)}?/${m[1]}`);
		});
	const endpoints = files
		.filter((f) => f.endsWith('+server.ts'))
		.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
				(m) => `${m[1]} ${route(f)}`
			)
		);
	const pageRoutes = files.filter((f) => f.endsWith('+page.svelte')).map(route);
	expect(actions.length).toBeGreaterThan(10);
	expect(actions.sort()).toEqual(
		actionTargets.map((t) => (t.kind === 'action' ? `${t.route}?/${t.action}` : '')).sort()
	);
	expect(endpoints.sort()).toEqual(
		endpointTargets.map((t) => (t.kind === 'endpoint' ? `${t.method} ${t.route}` : '')).sort()
	);
	expect(pageRoutes.sort()).toEqual([...pages].sort());
});

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const nasty = [
	'',
	' ',
	'0',
	'1',
	'3',
	'-1',
	'99',
	'10000',
	'4294967296',
	'1e3',
	'0x1',
	'NaN',
	'Infinity',
	'٠',
	'٣',
	'０',
	'1.0',
	' 1',
	'true',
	'null',
	'[]',
	'{}',
	'__proto__',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'\u202Eevil\u202C',
	'\u2066x\u2069',
	'\u200F\u200E',
	'\u0000',
	'\u0007bell',
	'a\r\nb',
	'%00',
	'%',
	'../../etc/passwd',
	"'; DROP TABLE games; --",
	'ﷺ',
	'👩🏽‍🏫',
	'\uFEFF',
	'all',
	'random',
	'pick',
	'none',
	'1h',
	'claim',
	'date',
	'ar',
	'en',
	'xx'
];

const unicodeText = fc.string({ unit: 'binary', maxLength: 30 });
const bidiText = fc.string({
	unit: fc.constantFrom('a', 'ب', '1', '١', ' ', '\u202E', '\u2067', '\u200B', '\u0000', '\t', '<'),
	maxLength: 30
});

/** Random field values; `extra` adds values that might be valid for the batch at hand. */
function valueArb(extra: string[]) {
	return fc.oneof(
		{ arbitrary: fc.constantFrom(...nasty, ...extra), weight: 5 },
		{ arbitrary: unicodeText, weight: 2 },
		{ arbitrary: bidiText, weight: 2 },
		{ arbitrary: fc.integer().map(String), weight: 1 },
		{ arbitrary: fc.double().map(String), weight: 1 },
		{ arbitrary: fc.constantFrom(1000, 20_000).map((n) => 'x'.repeat(n)), weight: 1 }
	);
}

const fieldNames = [
	'question',
	'choice',
	'index',
	'code',
	'nickname',
	'count',
	'kind',
	'article',
	'timing',
	'mode',
	'deadline',
	'selection',
	'lang',
	'redirectTo',
	'student',
	'studentId',
	'seat',
	'score'
];

function entriesArb(extra: string[]) {
	return fc.array(
		fc.tuple(
			fc.oneof({ arbitrary: fc.constantFrom(...fieldNames), weight: 6 }, unicodeText),
			valueArb(extra)
		),
		{ maxLength: 10 }
	);
}

type Body = { type?: string; body?: string | Uint8Array | FormData; label: string };

function multipart(entries: [string, string][], boundary: string): string {
	return (
		entries
			.map(
				([k, v]) =>
					`--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '')}"\r\n\r\n${v}\r\n`
			)
			.join('') + `--${boundary}--\r\n`
	);
}

function bodyArb(extra: string[]) {
	const entries = entriesArb(extra);
	return fc.oneof<fc.WeightedArbitrary<Body>[]>(
		{
			arbitrary: entries.map((e) => ({
				type: 'application/x-www-form-urlencoded',
				body: formBody(e),
				label: 'urlencoded'
			})),
			weight: 8
		},
		{
			arbitrary: fc.tuple(entries, fc.boolean()).map(([e, file]) => {
				const form = new FormData();
				for (const [k, v] of e) {
					if (file) form.append(k, new Blob([v], { type: 'application/octet-stream' }), 'x.bin');
					else form.append(k, v);
				}
				return { body: form, label: file ? 'multipart-files' : 'multipart' };
			}),
			weight: 3
		},
		{
			arbitrary: fc.tuple(entries, fc.nat()).map(([e, cut]) => {
				const text = multipart(e, 'XyZ');
				return {
					type: 'multipart/form-data; boundary=XyZ',
					body: text.slice(0, text.length ? cut % text.length : 0),
					label: 'multipart-truncated'
				};
			}),
			weight: 2
		},
		{
			arbitrary: entries.map((e) => ({
				type: 'multipart/form-data',
				body: multipart(e, 'NoBoundary'),
				label: 'multipart-no-boundary'
			})),
			weight: 1
		},
		{
			arbitrary: entries.map((e) => ({
				type: 'application/json',
				body: JSON.stringify(Object.fromEntries(e)),
				label: 'json'
			})),
			weight: 1
		},
		{
			arbitrary: entries.map((e) => ({
				type: 'text/plain',
				body: e.map(([k, v]) => `${k}=${v}`).join('\n'),
				label: 'text-plain'
			})),
			weight: 2
		},
		{
			arbitrary: fc
				.tuple(
					fc.uint8Array({ maxLength: 300 }),
					fc.constantFrom(
						'application/x-www-form-urlencoded',
						'application/octet-stream',
						'application/x-sveltekit-formdata',
						'multipart/form-data; boundary=a',
						'text/plain; charset=utf-16'
					)
				)
				.map(([bytes, type]) => ({ type, body: bytes, label: `garbage ${type}` })),
			weight: 2
		},
		{ arbitrary: fc.constant<Body>({ label: 'empty' }), weight: 1 },
		{
			arbitrary: fc.constant<Body>({
				type: 'application/x-www-form-urlencoded',
				body: `nickname=${'x'.repeat(600 * 1024)}`,
				label: 'oversize'
			}),
			weight: 1
		}
	);
}

// ---------------------------------------------------------------------------------------------
// Checking one answer.

interface Case {
	sent: Sent;
	lang: Lang;
	enhanced: boolean;
	target: Target | { kind: 'page'; route: string };
	label: string;
}

function problem(c: Case, got: Received): string | null {
	const { status } = got;
	if (status >= 500) return `status ${status}`;
	if (got.body.includes('Internal Error')) return 'an "Internal Error" body';
	if (status >= 300 && status < 400) {
		const location = got.location ?? '';
		if (!location.startsWith('/') || location.startsWith('//')) return `redirect to ${location}`;
		return null;
	}
	const bodyLabel = c.label;
	if (
		bodyLabel === 'oversize' &&
		(c.target.kind === 'endpoint' ? c.target.method === 'POST' : false)
	) {
		if (status !== 413) return `oversize body answered ${status}, not 413`;
	}
	if (bodyLabel === 'oversize' && c.target.kind === 'action' && c.target.readsForm) {
		if (status !== 413) return `oversize body answered ${status}, not 413`;
	}
	if (status < 400) return null;
	if (c.enhanced && c.target.kind === 'action') {
		const result = actionResult(got);
		if (!result) return `enhanced ${status} is not an action result: ${got.body.slice(0, 120)}`;
		if (result.type === 'failure') {
			const keys = failureKeys(result.data);
			if (keys.length === 0) return `failure without a message key: ${JSON.stringify(result.data)}`;
			const unknown = keys.filter(
				(k) => !knownFailureKey(c.target.kind === 'action' ? c.target.family : '', k)
			);
			return unknown.length ? `failure keys without a message: ${unknown.join(', ')}` : null;
		}
		if (result.type === 'error') {
			const message = typeof result.error?.message === 'string' ? result.error.message : '';
			return messageIn(message, c.lang) ? null : `error without a clear message: ${message}`;
		}
		return `enhanced ${status} of type ${result.type}`;
	}
	return messageIn(got.body, c.lang)
		? null
		: `${status} without a message in ${c.lang}: ${got.body.replace(/\s+/g, ' ').slice(-300)}`;
}

async function run(cases: Case[]): Promise<Received[]> {
	const settled = await Promise.allSettled(cases.map((c) => send(world.base, c.sent)));
	counted += cases.length;
	const results = settled.map((outcome, i) => {
		if (outcome.status === 'fulfilled') return outcome.value;
		const c = cases[i]!;
		throw new Error(
			`${c.sent.method} ${c.sent.path} [${c.label}]: no answer (${String(outcome.reason)}, ${String((outcome.reason as Error).cause)})\n${world.server.output().slice(-2000)}`
		);
	});
	cases.forEach((c, i) => {
		const found = problem(c, results[i]!);
		if (found) {
			throw new Error(
				`${c.sent.method} ${c.sent.path} [${c.label}${c.enhanced ? ', enhanced' : ''}, ${c.lang}]: ${found}`
			);
		}
	});
	return results;
}

// ---------------------------------------------------------------------------------------------
// Requests that must all be refused: nothing in them may change stored data.

function refusedWorld() {
	const w = world;
	const [sara, omar] = w.live.seats;
	const [lina, karim] = w.assignment.seats;
	const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
	const unknownId = 'AAAAAAAAAAAAAAAAAAAAAA';
	const garbageIds = [
		unknownId,
		'x',
		'%E2%80%AE',
		'%00',
		'a'.repeat(2000),
		'%F0%9F%98%80',
		encodeURIComponent('<script>'),
		'null',
		'__proto__',
		'constructor'
	];
	const classCookies = (id: string, other: typeof w.live) => [
		[],
		[`tq-seat-${id}=${other.seats[0]!.value}`],
		[
			`tq-seat-${id}=${(id === w.live.id ? sara : lina)!.studentId}.${flip((id === w.live.id ? sara : lina)!.value.split('.')[1]!)}`
		],
		[`tq-seat-${id}=${(id === w.live.id ? omar : karim)!.studentId}`],
		[`tq-seat-${id}=.`],
		[`tq-seat-${id}=${unknownId}.${'b'.repeat(32)}`],
		[other.seats[0]!.cookie],
		[`tq-teach-${id}=${other.token}`],
		[`tq-teach-${id}=${flip(id === w.live.id ? w.live.token : w.assignment.token)}`],
		[`tq-teach-${id}=${id === w.live.id ? w.live.token : w.assignment.token}x`],
		[`tq-teach-${id}=`],
		[`tq-teach-${id}=${(id === w.live.id ? sara : lina)!.value}`],
		[other.teacherCookie],
		[`tq-teach-${id}=${encodeURIComponent('\u202E\u0000ü')}`]
	];
	return { unknownId, garbageIds, classCookies };
}

/** A request that must be refused, for `target`; values never make a valid move. */
function refusedCase(): fc.Arbitrary<Case> {
	const w = world;
	const { garbageIds, classCookies } = refusedWorld();
	const classes = [
		{ cls: w.live, other: w.assignment },
		{ cls: w.assignment, other: w.live }
	];
	const extra = [
		w.questionA,
		w.questionB,
		w.gameA,
		w.live.id,
		w.assignment.id,
		w.live.seats[0]!.studentId,
		'123456',
		'000000'
	];
	const lang = fc.constantFrom<Lang>('ar', 'en');
	const common = fc.record({ lang, enhanced: fc.boolean(), body: bodyArb(extra) });

	const make = (
		target: Target | { kind: 'page'; route: string },
		method: string,
		path: string,
		cookies: string[],
		pick: { lang: Lang; enhanced: boolean; body: Body },
		withBody = method === 'POST'
	): Case => ({
		target,
		lang: pick.lang,
		enhanced: pick.enhanced && method === 'POST',
		label: withBody ? pick.body.label : 'none',
		sent: {
			method,
			path,
			headers: headers(w.base, {
				lang: pick.lang,
				cookies,
				enhanced: pick.enhanced && method === 'POST',
				...(withBody && pick.body.type ? { type: pick.body.type } : {})
			}),
			...(withBody && pick.body.body !== undefined ? { body: pick.body.body } : {})
		}
	});

	const byId = (route: string, id: string) => route.replace('[id]', id).replace('[token]', id);
	const playIds = fc.constantFrom(w.gameA, w.gameB, w.live.id, ...garbageIds);
	const classChoice = fc.constantFrom(...classes);
	/** A student's action in either class, with no seat, a forged one, or (live) the real seat `seat`. */
	const studentAction = (target: number, action: string, seat: number) =>
		fc.tuple(classChoice, common, fc.nat()).map(([{ cls, other }, pick, n]) => {
			const options = [
				...classCookies(cls.id, other),
				...(cls === w.live ? [[w.live.seats[seat]!.cookie]] : [])
			];
			return make(
				actionTargets[target]!,
				'POST',
				`/class/${cls.id}?/${action}`,
				options[n % options.length]!,
				pick
			);
		});

	const arbs: fc.Arbitrary<Case>[] = [
		// Solo: game A's question is answered (any answer is refused), B's only by its question.
		fc.tuple(playIds, common).map(([id, pick]) => {
			const t = actionTargets[1]!;
			const body = pick.body;
			// Game B would take its own question with a valid choice: not in this batch.
			if (id === w.gameB && typeof body.body === 'string' && body.body.includes(w.questionB)) {
				pick = { ...pick, body: { ...body, body: body.body.replaceAll(w.questionB, 'q') } };
			}
			if (id === w.gameB && body.body instanceof FormData) {
				pick = { ...pick, body: { label: 'empty' } };
			}
			return make(t, 'POST', `/play/${id}?/answer`, [], pick);
		}),
		// `next` on B (not answered yet) and on unknown ids; A would move on.
		fc
			.tuple(fc.constantFrom(w.gameB, w.live.id, ...garbageIds), common)
			.map(([id, pick]) => make(actionTargets[2]!, 'POST', `/play/${id}?/next`, [], pick)),
		// Setup, create, join: the pools hold no valid timing, no valid mode, and no real code.
		common.map((pick) => make(actionTargets[0]!, 'POST', '/?/start', [], pick)),
		common.map((pick) => make(actionTargets[6]!, 'POST', '/teach?/create', [], pick)),
		fc
			.tuple(common, fc.constantFrom([], [w.live.seats[0]!.cookie], [`tq-seat-x=y`]))
			.map(([pick, cookies]) =>
				make(actionTargets[3]!, 'POST', '/class?/join', [...cookies], pick)
			),
		// Class answers with no seat, a forged one, or Sara's real seat (her question is answered).
		studentAction(4, 'answer', 0),
		// `next` in a class: refused for a live class even with a seat; forged seats elsewhere.
		studentAction(5, 'next', 1),
		fc
			.tuple(fc.constantFrom(...garbageIds), common)
			.map(([id, pick]) => make(actionTargets[4]!, 'POST', `/class/${id}?/answer`, [], pick)),
		// Teacher actions without the teacher's key: a student seat, the other class's key, forgeries.
		fc
			.tuple(classChoice, fc.constantFrom(...actionTargets.slice(7)), common, fc.nat())
			.map(([{ cls, other }, target, pick, n]) => {
				const options = classCookies(cls.id, other);
				const action = target.kind === 'action' ? target.action : '';
				return make(
					target,
					'POST',
					`/teach/${cls.id}?/${action}`,
					options[n % options.length]!,
					pick
				);
			}),
		// Unknown and reserved action names, and posts to pages without actions.
		fc
			.tuple(
				fc.constantFrom(
					'/',
					`/play/${w.gameA}`,
					`/class/${w.live.id}`,
					'/teach',
					`/teach/${w.live.id}`
				),
				fc.constantFrom(
					'?/nope',
					'?/default',
					'?/__proto__',
					'?/',
					'?/constructor',
					'?/start&/answer'
				),
				common
			)
			.map(([path, action, pick]) =>
				make({ kind: 'page', route: path }, 'POST', `${path}${action}`, [], pick)
			),
		fc
			.tuple(fc.constantFrom(...pages), fc.constantFrom(w.gameA, w.live.id, ...garbageIds), common)
			.filter(
				([route]) =>
					!['/', '/play/[id]', '/class', '/class/[id]', '/teach', '/teach/[id]'].includes(route)
			)
			.map(([route, id, pick]) => make({ kind: 'page', route }, 'POST', byId(route, id), [], pick)),
		// The language endpoint never touches stored data, whatever it is sent.
		common.map((pick) => make(endpointTargets[0]!, 'POST', '/lang', [], pick)),
		// A page's strings: real, unknown and hostile languages and namespaces.
		fc
			.tuple(
				fc.constantFrom('ar', 'en', ...garbageIds),
				fc.constantFrom('common', 'play', 'classroom', 'questions', ...garbageIds),
				common
			)
			.map(([lang, namespace, pick]) =>
				make(endpointTargets[4]!, 'GET', `/i18n/${lang}/${namespace}`, [], pick, false)
			),
		// GETs: event streams, results, reviews, pages, data, the teacher key, with hostile cookies.
		fc
			.tuple(
				classChoice,
				fc.constantFrom(
					...pages.filter((p) => p.includes('[')),
					'/class/[id]/events',
					'/teach/[id]/events',
					'/teach/[id]/results.csv'
				),
				fc.boolean(),
				common,
				fc.nat(),
				fc.constantFrom(...garbageIds)
			)
			.map(([{ cls, other }, route, data, pick, n, garbage]) => {
				const useGarbage = n % 4 === 0;
				const id = route.startsWith('/play')
					? useGarbage
						? garbage
						: w.gameB
					: route.startsWith('/teach/key')
						? useGarbage
							? garbage
							: cls.code
						: useGarbage
							? garbage
							: cls.id;
				const options = classCookies(cls.id, other);
				const isPage = !route.endsWith('events') && !route.endsWith('.csv');
				const path = byId(route, id) + (isPage && data ? '/__data.json' : '');
				return make(
					route.endsWith('events') || route.endsWith('.csv')
						? (endpointTargets.find((t) => t.route === route) ?? { kind: 'page', route })
						: { kind: 'page', route },
					'GET',
					path.replace('//__data.json', '/__data.json'),
					options[n % options.length]!,
					pick,
					false
				);
			})
	];
	return fc.oneof(...arbs);
}

test('thousands of hostile requests are refused with a clear message and change nothing', async () => {
	const before = await world.raw();
	const started = Date.now();
	await fc.assert(
		fc.asyncProperty(fc.array(refusedCase(), { minLength: 1, maxLength: 8 }), async (cases) => {
			await run(cases);
		}),
		{ seed, numRuns: 700, endOnFailure: true }
	);
	// Every change is on disk before its request is answered, so the file is final here.
	expect(await world.raw()).toBe(before);
	console.log(`refused batch: ${Date.now() - started} ms`);
});

// ---------------------------------------------------------------------------------------------
// Requests that may change data: the change must be the expected one.

test('random setups and class creations: one new game or class per redirect, none otherwise', async () => {
	const before = await world.data();
	let redirects = { start: 0, create: 0 };
	const valid = [
		'5',
		'10',
		'20',
		'timed',
		'untimed',
		'live',
		'assignment',
		'host',
		'claim',
		'date',
		'place'
	];
	const setupEntries = fc.array(
		fc.tuple(
			fc.constantFrom(
				'count',
				'kind',
				'kind',
				'article',
				'timing',
				'nickname',
				'mode',
				'deadline',
				'selection',
				'question'
			),
			fc.oneof(fc.constantFrom(...valid), valueArb(['all', 'random', 'none']))
		),
		{ maxLength: 12 }
	);
	await fc.assert(
		fc.asyncProperty(
			fc.array(
				fc.tuple(
					fc.constantFrom('start', 'create'),
					setupEntries,
					fc.boolean(),
					fc.constantFrom<Lang>('ar', 'en')
				),
				{ minLength: 1, maxLength: 6 }
			),
			async (batch) => {
				const cases: Case[] = batch.map(([action, entries, enhanced, lang]) => ({
					target: actionTargets[action === 'start' ? 0 : 6]!,
					lang,
					enhanced,
					label: 'urlencoded',
					sent: {
						method: 'POST',
						path: action === 'start' ? '/?/start' : '/teach?/create',
						headers: headers(world.base, {
							lang,
							enhanced,
							type: 'application/x-www-form-urlencoded'
						}),
						body: formBody(entries)
					}
				}));
				const results = await run(cases);
				results.forEach((r, i) => {
					const redirected = r.status === 303 || actionResult(r)?.type === 'redirect';
					if (redirected) redirects[batch[i]![0] as 'start' | 'create']++;
				});
			}
		),
		{ seed, numRuns: 60 }
	);
	const after = await world.data();
	expect(Object.keys(after.games).length - Object.keys(before.games).length).toBe(redirects.start);
	expect(Object.keys(after.classes).length - Object.keys(before.classes).length).toBe(
		redirects.create
	);
	// What was there before is untouched.
	for (const id of Object.keys(before.games)) expect(after.games[id]).toEqual(before.games[id]);
	for (const id of Object.keys(before.classes))
		expect(after.classes[id]).toEqual(before.classes[id]);
	redirects = { start: 0, create: 0 };
});

test('random nicknames: each join adds one student with the cleaned nickname, refusals add none', async () => {
	const before = await world.data();
	const nickname = fc.oneof(
		unicodeText,
		bidiText,
		fc.constantFrom(...nasty),
		fc.string({ minLength: 1, maxLength: 30 })
	);
	const joined: string[] = [];
	let address = 0;
	await fc.assert(
		fc.asyncProperty(
			fc.tuple(
				fc.constantFrom(
					world.live.code,
					world.assignment.code,
					` ${world.live.code.slice(0, 3)}-${world.live.code.slice(3)} `
				),
				nickname,
				fc.boolean(),
				fc.constantFrom<Lang>('ar', 'en')
			),
			async ([code, name, enhanced, lang]) => {
				const sent: Sent = {
					method: 'POST',
					path: '/class?/join',
					headers: {
						...headers(world.base, { lang, enhanced, type: 'application/x-www-form-urlencoded' }),
						'x-forwarded-for': `10.1.${address >> 8}.${address++ & 255}`
					},
					body: formBody([
						['code', code],
						['nickname', name]
					])
				};
				const [result] = await run([
					{ target: actionTargets[3]!, lang, enhanced, label: 'urlencoded', sent }
				]);
				const checked = checkNickname(name);
				const redirected = result!.status === 303 || actionResult(result!)?.type === 'redirect';
				if (redirected) {
					expect(checked.ok).toBe(true);
					if (checked.ok) joined.push(checked.nickname);
				} else if (checked.ok) {
					// A valid nickname is refused only when it is taken.
					expect(result!.status === 409 || actionResult(result!)?.status === 409).toBe(true);
				}
			}
		),
		{ seed, numRuns: 150 }
	);
	const after = await world.data();
	const names = (data: typeof before) =>
		Object.values(data.classes).flatMap((c) => Object.values(c.students).map((s) => s.nickname));
	const added = names(after).filter((n) => !names(before).includes(n));
	expect(added.sort()).toEqual(joined.sort());
});

test('repeated and concurrent submits: one answer counts, solo and class', async () => {
	// Solo, game B: the same question sent with every choice at once; exactly one is taken.
	const choices = ['0', '1', '2', '3', '0', '1', '2', '3', '9', '-1'];
	const solo = await run(
		choices.map((choice) => ({
			target: actionTargets[1]!,
			lang: 'en' as const,
			enhanced: false,
			label: 'urlencoded',
			sent: {
				method: 'POST',
				path: `/play/${world.gameB}?/answer`,
				headers: headers(world.base, { lang: 'en', type: 'application/x-www-form-urlencoded' }),
				body: formBody([
					['question', world.questionB],
					['choice', choice]
				])
			}
		}))
	);
	const taken = solo
		.map((r, i) => (r.status === 303 ? choices[i] : null))
		.filter((c) => c !== null);
	expect(taken).toHaveLength(1);
	const game = (await world.data()).games[world.gameB]!;
	expect(game.answers).toHaveLength(1);
	expect(game.answers[0]).toMatchObject({ question: world.questionB, choice: Number(taken[0]) });

	// Class, live: Omar sends every choice at once; one answer, one score.
	const omar = world.live.seats[1]!;
	const results = await run(
		choices.map((choice) => ({
			target: actionTargets[4]!,
			lang: 'ar' as const,
			enhanced: true,
			label: 'urlencoded',
			sent: {
				method: 'POST',
				path: `/class/${world.live.id}?/answer`,
				headers: headers(world.base, {
					lang: 'ar',
					enhanced: true,
					cookies: [omar.cookie],
					type: 'application/x-www-form-urlencoded'
				}),
				body: formBody([
					['index', '0'],
					['choice', choice]
				])
			}
		}))
	);
	const accepted = results
		.map((r, i) => (actionResult(r)?.type === 'success' ? choices[i] : null))
		.filter((c) => c !== null);
	expect(accepted).toHaveLength(1);
	const student = (await world.data()).classes[world.live.id]!.students[omar.studentId]!;
	expect(student.answers.filter((a) => a !== null)).toHaveLength(1);
	expect(student.answers[0]).toMatchObject({ choice: Number(accepted[0]) });
	expect(student.score).toBe(student.answers[0]!.points);
});

test('the teacher’s own moves with junk bodies do what the button does', async () => {
	const { id, teacherCookie } = world.assignment;
	let hidden = (await world.data()).classes[id]!.hideLeaderboard;
	await fc.assert(
		fc.asyncProperty(
			fc.constantFrom('hide', 'show'),
			bodyArb([]),
			fc.constantFrom<Lang>('ar', 'en'),
			async (action, body, lang) => {
				const [result] = await run([
					{
						target: actionTargets.find((t) => t.kind === 'action' && t.action === action)!,
						lang,
						enhanced: true,
						label: body.label,
						sent: {
							method: 'POST',
							path: `/teach/${id}?/${action}`,
							headers: headers(world.base, {
								lang,
								enhanced: true,
								cookies: [teacherCookie],
								...(body.type ? { type: body.type } : {})
							}),
							...(body.body !== undefined ? { body: body.body } : {})
						}
					}
				]);
				const type = actionResult(result!)?.type;
				if (type === 'success') hidden = action === 'hide';
				expect((await world.data()).classes[id]!.hideLeaderboard).toBe(hidden);
			}
		),
		{ seed, numRuns: 40 }
	);
});
