// Shared by the hostile-input tests: a server of their own with real state in it (solo games, a live
// class and an assignment class with students and answers), plain HTTP requests, and the criterion
// for "a clear message in the player's language".
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { withoutTranslations } from '../support/html';
import { readSavedFile, savedBytes } from '../support/saved-data';
import { startServer, type RunningServer } from '../support/server-process';

export type Lang = 'ar' | 'en';

// ---------------------------------------------------------------------------------------------
// Messages. A refusal is "clear" when its body holds one of the app's error messages in the
// language the request asked for (its `lang` cookie; Arabic when there is none).

type Tree = { [key: string]: string | Tree };

function locale(lang: Lang, namespace: string): Tree {
	return JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/${namespace}.json`, 'utf8')) as Tree;
}

const namespaces = ['common', 'play', 'classroom'] as const;
export const locales: Record<Lang, Record<string, Tree>> = {
	ar: Object.fromEntries(namespaces.map((ns) => [ns, locale('ar', ns)])),
	en: Object.fromEntries(namespaces.map((ns) => [ns, locale('en', ns)]))
};

function leaves(tree: Tree, path: string[] = []): { path: string[]; text: string }[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string'
			? [{ path: [...path, key], text: value }]
			: leaves(value, [...path, key])
	);
}

/** Every error message of one language, cut before its first placeholder. */
export const errorMessages: Record<Lang, string[]> = {
	ar: messagesOf('ar'),
	en: messagesOf('en')
};

function messagesOf(lang: Lang): string[] {
	return Object.values(locales[lang])
		.flatMap((tree) => leaves(tree))
		.filter(({ path }) => path.includes('errors') && !['title', 'backHome'].includes(path.at(-1)!))
		.map(({ text }) => text.split('{{')[0]!.trim())
		.filter((text) => text.length >= 8);
}

function escapes(text: string): string[] {
	const lt = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	return [text, lt, lt.replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')];
}

/** The error message of `lang` that `body` shows, if any. */
export function messageIn(body: string, lang: Lang): string | null {
	const shown = withoutTranslations(body);
	return errorMessages[lang].find((m) => escapes(m).some((e) => shown.includes(e))) ?? null;
}

/** The text of a message key, as `namespace:path.to.key`. */
export function text(lang: Lang, key: string): string {
	const [namespace, path] = key.includes(':') ? key.split(':') : ['common', key];
	let node: string | Tree | undefined = locales[lang][namespace!];
	for (const part of path!.split('.')) node = typeof node === 'object' ? node[part] : undefined;
	if (typeof node !== 'string') throw new Error(`no message ${key} in ${lang}`);
	return node;
}

/** Where a form failure's keys are looked up, per action (the namespace its page uses). */
export const failureNamespaces: Record<string, string[]> = {
	start: ['play:setup.errors'],
	create: ['classroom:create.errors', 'play:setup.errors'],
	join: ['classroom:join.errors'],
	'play-answer': ['play:game.errors'],
	'play-next': ['play:game.errors'],
	'class-answer': ['classroom:errors'],
	'class-next': ['classroom:errors'],
	teacher: ['classroom:errors']
};

/** The message keys a form failure's data names: `error`, or each value of `errors`. */
export function failureKeys(data: unknown): string[] {
	if (typeof data !== 'object' || data === null) return [];
	const record = data as { error?: unknown; errors?: unknown };
	if (typeof record.error === 'string') return [record.error];
	if (typeof record.errors === 'object' && record.errors !== null) {
		return Object.values(record.errors).filter((v): v is string => typeof v === 'string');
	}
	return [];
}

export function knownFailureKey(action: string, key: string): boolean {
	return (failureNamespaces[action] ?? []).some((ns) =>
		(['ar', 'en'] as const).every((lang) => {
			try {
				return text(lang, `${ns}.${key}`).length > 0;
			} catch {
				return false;
			}
		})
	);
}

// ---------------------------------------------------------------------------------------------
// Requests.

export interface Sent {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string | Uint8Array | FormData;
}

export interface Received {
	status: number;
	type: string;
	location: string | null;
	setCookies: string[];
	body: string;
}

/** Connection resets seen and retried (see `send`). */
export const resets = { count: 0 };

function reset(cause: unknown): boolean {
	const code = (cause as { cause?: { code?: string } }).cause?.code;
	return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
}

export async function send(base: string, request: Sent, retried = false): Promise<Received> {
	const controller = new AbortController();
	let response: Response;
	try {
		response = await fetch(`${base}${request.path}`, {
			method: request.method,
			headers: request.headers,
			body: request.body as BodyInit | undefined,
			redirect: 'manual',
			signal: controller.signal
		});
	} catch (cause) {
		// A kept-alive connection that the server closed (it may answer a large body before reading
		// it, then drop the connection) is reset under a request sent on it: send that one again,
		// once. A server that crashed would fail the retry too.
		if (retried || !reset(cause)) throw cause;
		resets.count++;
		return send(base, request, true);
	}
	const type = response.headers.get('content-type') ?? '';
	let body = '';
	if (type.startsWith('text/event-stream')) {
		controller.abort();
	} else {
		body = await response.text();
	}
	return {
		status: response.status,
		type,
		location: response.headers.get('location'),
		setCookies: response.headers.getSetCookie(),
		body
	};
}

/** The form action result of an enhanced post, with `data` decoded. */
export function actionResult(received: Received): {
	type: string;
	status: number;
	data?: unknown;
	error?: { message?: unknown };
	location?: string;
} | null {
	if (!received.type.startsWith('application/json')) return null;
	try {
		const result = JSON.parse(received.body) as { type: string; status: number; data?: string };
		return {
			...result,
			data: typeof result.data === 'string' ? devalue.parse(result.data) : result.data
		};
	} catch {
		return null;
	}
}

export function formBody(entries: [string, string][]): string {
	return new URLSearchParams(entries).toString();
}

export function headers(
	base: string,
	options: { lang?: Lang; cookies?: string[]; enhanced?: boolean; type?: string } = {}
): Record<string, string> {
	const cookies = [...(options.lang ? [`lang=${options.lang}`] : []), ...(options.cookies ?? [])];
	return {
		origin: base,
		'x-forwarded-for': '10.0.0.1',
		...(cookies.length ? { cookie: cookies.join('; ') } : {}),
		...(options.type ? { 'content-type': options.type } : {}),
		...(options.enhanced
			? { 'x-sveltekit-action': 'true', accept: 'application/json' }
			: { accept: 'text/html' })
	};
}

/** A cookie from Set-Cookie headers, as `name=value`. */
/** `path?/action` as a page's form posts it: plain (HTML reply) or with JavaScript (JSON reply). */
export function postForm(
	base: string,
	path: string,
	entries: [string, string][],
	cookies: string[] = [],
	enhanced = false
): Promise<Received> {
	return send(base, {
		method: 'POST',
		path,
		headers: headers(base, {
			lang: 'en',
			cookies,
			enhanced,
			type: 'application/x-www-form-urlencoded'
		}),
		body: formBody(entries)
	});
}

export function cookieFrom(received: Received, prefix: string): string {
	const found = received.setCookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(prefix));
	if (!found) throw new Error(`no ${prefix} cookie in ${JSON.stringify(received.setCookies)}`);
	return found;
}

// ---------------------------------------------------------------------------------------------
// The server and its state.

export interface DataFile {
	games: Record<
		string,
		{
			questions: string[];
			current: number;
			answers: { question: string; choice: number | null; points: number }[];
			finishedAt: number | null;
		}
	>;
	classes: Record<
		string,
		{
			code: string;
			teacherToken: string;
			mode: string;
			hideLeaderboard: boolean;
			questions: string[];
			live: { phase: string; current: number };
			students: Record<
				string,
				{
					id: string;
					seat: string;
					nickname: string;
					score: number;
					current: number;
					answers: ({ choice: number | null; points: number } | null)[];
				}
			>;
		}
	>;
}

export interface Seat {
	classId: string;
	studentId: string;
	/** `tq-seat-<class>=<student>.<secret>` */
	cookie: string;
	value: string;
}

export interface HostileWorld {
	server: RunningServer;
	base: string;
	dataFile: string;
	/** Two untimed solo games: A has its first question answered, B has none. */
	gameA: string;
	gameB: string;
	questionA: string;
	questionB: string;
	/** A live class (started, one answer) and an assignment class (one answer). */
	live: { id: string; code: string; token: string; teacherCookie: string; seats: Seat[] };
	assignment: { id: string; code: string; token: string; teacherCookie: string; seats: Seat[] };
	raw(): Promise<string>;
	data(): Promise<DataFile>;
	stop(): Promise<void>;
}

const allKinds = ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'];

export async function startWorld(portOffset: number): Promise<HostileWorld> {
	const dataDir = await mkdtemp(join(tmpdir(), 'tahaqqaq-hostile-'));
	const port = Number(process.env.E2E_PORT ?? 4173) + portOffset;
	// The client address comes from X-Forwarded-For, so the join rate limits (per address) can be
	// spread over many made-up addresses instead of refusing every join after the first sixty.
	const server = await startServer({ port, dataDir, env: { ADDRESS_HEADER: 'x-forwarded-for' } });
	const base = server.base;
	const dataFile = join(dataDir, 'db.json');
	// The data file and its journal: most answers are in the journal until the file is rewritten.
	const raw = () => savedBytes(dataDir);
	const data = async (): Promise<DataFile> => {
		const saved = await readSavedFile(dataFile);
		return { games: saved.games, classes: saved.classes ?? {} };
	};

	const post = (
		path: string,
		entries: [string, string][],
		cookies: string[] = [],
		enhanced = false
	) => postForm(base, path, entries, cookies, enhanced);

	async function soloGame(): Promise<string> {
		const started = await post('/?/start', [
			['count', '5'],
			...allKinds.map((k): [string, string] => ['kind', k]),
			['article', 'all'],
			['timing', 'untimed'],
			['nickname', '']
		]);
		if (started.status !== 303) throw new Error(`start: ${started.status}`);
		return started.location!.split('/')[2]!;
	}
	const gameA = await soloGame();
	const gameB = await soloGame();
	const games = (await data()).games;
	const questionA = games[gameA]!.questions[0]!;
	const questionB = games[gameB]!.questions[0]!;
	const answered = await post(`/play/${gameA}?/answer`, [
		['question', questionA],
		['choice', '0']
	]);
	if (answered.status !== 303) throw new Error(`answer: ${answered.status}`);

	async function newClass(mode: 'live' | 'assignment') {
		const created = await post('/teach?/create', [
			['mode', mode],
			['deadline', 'none'],
			['selection', 'random'],
			['count', '5'],
			...allKinds.map((k): [string, string] => ['kind', k]),
			['article', 'all'],
			['timing', 'untimed']
		]);
		if (created.status !== 303) throw new Error(`create: ${created.status}`);
		const token = created.location!.split('/').pop()!;
		const key = await send(base, {
			method: 'GET',
			path: created.location!,
			headers: headers(base)
		});
		const id = key.location!.split('/').pop()!;
		const teacherCookie = cookieFrom(key, `tq-teach-${id}=`);
		const code = (await data()).classes[id]!.code;
		return { id, code, token, teacherCookie, seats: [] as Seat[] };
	}
	const live = await newClass('live');
	const assignment = await newClass('assignment');

	async function takeSeat(cls: { id: string; code: string; seats: Seat[] }, nickname: string) {
		const joined = await post('/class?/join', [
			['code', cls.code],
			['nickname', nickname]
		]);
		if (joined.status !== 303) throw new Error(`join: ${joined.status} ${joined.body}`);
		const cookie = cookieFrom(joined, `tq-seat-${cls.id}=`);
		const value = cookie.split('=')[1]!;
		cls.seats.push({ classId: cls.id, studentId: value.split('.')[0]!, cookie, value });
	}
	await takeSeat(live, 'Sara');
	await takeSeat(live, 'Omar');
	await takeSeat(assignment, 'Lina');
	await takeSeat(assignment, 'Karim');

	for (const [path, entries, cookies] of [
		[`/teach/${live.id}?/start`, [], [live.teacherCookie]],
		[
			`/class/${live.id}?/answer`,
			[
				['index', '0'],
				['choice', '0']
			],
			[live.seats[0]!.cookie]
		],
		[
			`/class/${assignment.id}?/answer`,
			[
				['index', '0'],
				['choice', '1']
			],
			[assignment.seats[0]!.cookie]
		]
	] as [string, [string, string][], string[]][]) {
		const result = actionResult(await post(path, entries, cookies, true));
		if (result?.type !== 'success') throw new Error(`${path}: ${JSON.stringify(result)}`);
	}

	return {
		server,
		base,
		dataFile,
		gameA,
		gameB,
		questionA,
		questionB,
		live,
		assignment,
		raw,
		data,
		async stop() {
			await server.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}
