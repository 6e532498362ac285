// Plain HTTP clients for the fault tests: one cookie jar per player, optional own loopback address
// (127.0.x.y: each student counts as a separate device for the join rate limit), forms sent either
// like a browser without JavaScript or like SvelteKit's enhanced forms.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSavedData } from '../support/saved-data';

export type Lang = 'ar' | 'en';

export interface Reply {
	status: number;
	location: string | null;
	setCookies: string[];
	text: string;
}

/** What an enhanced form action answers: `{ type, status, data?, location? }`. */
export interface ActionResult {
	type: 'success' | 'failure' | 'redirect' | 'error';
	status: number;
	data?: string;
	location?: string;
}

export interface ClientOptions {
	/** Language by the `lang` cookie, or by Accept-Language. */
	lang?: Lang;
	langBy?: 'cookie' | 'header';
	localAddress?: string;
}

export class Client {
	readonly jar = new Map<string, string>();

	constructor(
		readonly base: string,
		readonly options: ClientOptions = {}
	) {
		if (options.lang && options.langBy === 'cookie') this.jar.set('lang', options.lang);
	}

	cookie(name: string): string | undefined {
		return this.jar.get(name);
	}

	send(
		method: 'GET' | 'POST',
		path: string,
		body?: URLSearchParams,
		extra: Record<string, string> = {}
	): Promise<Reply> {
		const url = new URL(path, this.base);
		const headers: Record<string, string> = { accept: 'text/html', ...extra };
		if (this.options.lang && this.options.langBy !== 'cookie') {
			headers['accept-language'] = this.options.lang;
		}
		if (this.jar.size > 0) {
			headers.cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
		}
		const payload = body ? Buffer.from(body.toString()) : null;
		if (payload) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			headers['content-length'] = String(payload.length);
			headers.origin = this.base;
		}
		return new Promise<Reply>((resolve, reject) => {
			const req = request(
				url,
				{
					method,
					headers,
					agent: false,
					...(this.options.localAddress ? { localAddress: this.options.localAddress } : {})
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('error', reject);
					res.on('end', () => {
						const setCookies = res.headers['set-cookie'] ?? [];
						for (const line of setCookies) {
							const [pair = ''] = line.split(';');
							const at = pair.indexOf('=');
							if (at > 0) this.jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
						}
						resolve({
							status: res.statusCode ?? 0,
							location: res.headers.location ?? null,
							setCookies,
							text: Buffer.concat(chunks).toString('utf8')
						});
					});
				}
			);
			req.on('error', reject);
			req.end(payload ?? undefined);
		});
	}

	get(path: string): Promise<Reply> {
		return this.send('GET', path);
	}

	/** A form posted by a browser without JavaScript: redirects and rendered pages. */
	post(path: string, fields: Record<string, string | string[]>): Promise<Reply> {
		return this.send('POST', path, form(fields));
	}

	/** A form posted by SvelteKit's `use:enhance`: the action's result as JSON. */
	async action(path: string, fields: Record<string, string | string[]>): Promise<ActionResult> {
		const reply = await this.send('POST', path, form(fields), {
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		});
		return JSON.parse(reply.text) as ActionResult;
	}
}

function form(fields: Record<string, string | string[]>): URLSearchParams {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
	}
	return body;
}

// What the tests read back from the data file.
export interface SavedAnswer {
	question: string;
	choice: number | null;
	points: number;
}

export interface SavedStudent {
	nickname: string;
	answers: (SavedAnswer | null)[];
	score: number;
}

export interface SavedClass {
	code: string;
	questions: string[];
	live: { phase: string; current: number };
	students: Record<string, SavedStudent>;
	roster: string[];
	tally: number[][];
}

export interface SavedGame {
	questions: string[];
	current: number;
	answers: SavedAnswer[];
}

export interface SavedData {
	games: Record<string, SavedGame>;
	classes: Record<string, SavedClass>;
}

export const dataFile = (dataDir: string) => join(dataDir, 'db.json');

/**
 * The data file and its journal as the next server start would read them; throws (DataFileError)
 * if either is broken.
 */
export async function readSaved(dataDir: string): Promise<SavedData> {
	const data = await readSavedData(dataDir);
	return { games: data.games, classes: data.classes ?? {} };
}

const allKinds = ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'];

export async function createLiveClass(
	teacher: Client,
	count: 5 | 10 | 20
): Promise<{ id: string; code: string }> {
	const created = await teacher.post('/teach?/create', {
		mode: 'live',
		deadline: 'none',
		selection: 'random',
		count: String(count),
		kind: allKinds,
		article: 'all',
		timing: 'untimed'
	});
	if (created.status !== 303 || !created.location?.startsWith('/teach/key/')) {
		throw new Error(`Creating a class answered ${created.status}: ${created.text.slice(0, 300)}`);
	}
	const key = await teacher.get(created.location);
	const id = /^\/teach\/([A-Za-z0-9_-]{22})$/.exec(key.location ?? '')?.[1];
	if (!id) throw new Error(`The teacher link answered ${key.status} ${key.location}`);
	const page = await teacher.get(`/teach/${id}`);
	const code = byTestId(page.text, 'join-code')?.replace(/\s/g, '');
	if (page.status !== 200 || !code) throw new Error(`No join code on the teacher page`);
	return { id, code };
}

/** Joins as `nickname`; returns the student's id (from the seat cookie), or the refused reply. */
export async function joinClass(
	student: Client,
	classId: string,
	code: string,
	nickname: string
): Promise<{ ok: true; studentId: string } | { ok: false; reply: Reply }> {
	const reply = await student.post('/class?/join', { code, nickname });
	const seat = student.cookie(`tq-seat-${classId}`);
	if (reply.status === 303 && reply.location === `/class/${classId}` && seat) {
		return { ok: true, studentId: seat.split('.')[0] as string };
	}
	return { ok: false, reply };
}

/** Starts a solo game; returns its id, or the refused reply. */
export async function startSolo(
	player: Client
): Promise<{ ok: true; gameId: string } | { ok: false; reply: Reply }> {
	const reply = await player.post('/?/start', {
		count: '5',
		kind: allKinds,
		article: 'all',
		timing: 'untimed',
		nickname: ''
	});
	const gameId = /^\/play\/([A-Za-z0-9_-]{22})$/.exec(reply.location ?? '')?.[1];
	return reply.status === 303 && gameId ? { ok: true, gameId } : { ok: false, reply };
}

/** The id of the question on a solo game's page. */
export async function soloQuestion(player: Client, gameId: string): Promise<string> {
	const page = await player.get(`/play/${gameId}`);
	const id = /name="question" value="([^"]+)"/.exec(page.text)?.[1];
	if (!id) throw new Error(`No open question on /play/${gameId} (${page.status})`);
	return id;
}

/** The text of the first element with this data-testid (one level of nesting, tags removed). */
export function byTestId(html: string, testId: string): string | null {
	const match = new RegExp(`data-testid="${testId}"[^>]*>((?:[^<]|<(?!/p>|/span>|/div>))*)`).exec(
		html
	);
	return match?.[1] === undefined ? null : match[1].replace(/<[^>]*>/g, '').trim();
}

type Messages = Record<string, unknown>;

function message(lang: Lang, namespace: string, path: string): string {
	const file = join('src/lib/i18n/locales', lang, `${namespace}.json`);
	let node: unknown = JSON.parse(readFileSync(file, 'utf8')) as Messages;
	for (const key of path.split('.')) node = (node as Messages)[key];
	if (typeof node !== 'string') throw new Error(`No message ${namespace}:${path} in ${lang}`);
	return node;
}

/** The "could not be saved" messages shown to players, per language. */
export const saveFailed = (lang: Lang) => ({
	classAnswer: message(lang, 'classroom', 'errors.saveFailed'),
	join: message(lang, 'classroom', 'join.errors.saveFailed'),
	createClass: message(lang, 'classroom', 'create.errors.saveFailed'),
	soloStart: message(lang, 'play', 'setup.errors.saveFailed'),
	soloAnswer: message(lang, 'play', 'game.errors.saveFailed')
});
