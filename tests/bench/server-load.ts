// Benchmark of a live class game against the production build, served as `npm start` serves it
// (tests/support/server-process.ts; the answers go to its fast route): N simulated students, each with its
// own loopback source address (so the per-address join limit applies to each as to a real phone),
// join one class, keep its event stream open, and answer 10 questions as fast as the server
// acknowledges them, through the same enhanced form posts the pages make. The same client then
// loads a bare Node http server answering a tiny JSON body, as the reference for what this machine
// can do. Afterwards the saved data and the teacher's CSV are checked answer by answer.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../support/server-process';
import { Browser, loopbackAddress, type ActionReply, type Reply } from './http-client';
import { percentile, random } from './pipeline';

export const questionsPerGame = 10;

interface BankFile {
	questions: { id: string; answer: number; options: unknown[] }[];
}

export interface Latency {
	p50: number;
	p95: number;
	p99: number;
	max: number;
}

export interface Throughput extends Latency {
	count: number;
	seconds: number;
	perSecond: number;
	/** CPU time per request (user + system, in µs) of the load client and of the server, when known. */
	cpu?: CpuPerRequest;
}

export interface CpuPerRequest {
	clientUs: number;
	serverUs: number;
	/** The client's part of the CPU both used: client and server share this machine's cores. */
	clientShare: number;
}

export interface ClassLoadReport {
	students: number;
	/** Whether every student (and the teacher) kept the class's event stream open throughout. */
	eventStreams: boolean;
	/** Whether students also reloaded the page data after each event and answer, as the page does. */
	pageReloads: boolean;
	/** Think times spread over 0..thinkTimeMs after each question opens (0: all answer at once). */
	thinkTimeMs: number;
	joins: Throughput;
	answers: Throughput;
	/** Page data reloads (only with pageReloads). */
	reloads: Throughput | null;
	/** State events each student received (10 questions shown, 10 closed, 1 finished: 21). */
	stateEvents: { min: number; max: number; expected: number };
	verified: Verification;
	serverPeakRssMb: number;
	errors: string[];
}

export interface Verification {
	expectedAnswers: number;
	storedAnswers: number;
	choicesRight: boolean;
	scoresRight: number;
	scoresWrong: number;
	csvAnswerRows: number;
	csvScoresRight: number;
	ok: boolean;
}

export interface ReferenceReport {
	clients: number;
	thinkTimeMs: number;
	requests: Throughput;
}

function throughput(latencies: number[], seconds: number, cpu?: CpuMeter): Throughput {
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		count: latencies.length,
		seconds,
		perSecond: seconds > 0 ? latencies.length / seconds : 0,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		max: sorted[sorted.length - 1] ?? 0,
		...(cpu ? { cpu: cpu.perRequest(latencies.length) } : {})
	};
}

/** A process's CPU time (user + system) in µs, from /proc (Linux; NaN elsewhere). */
function processCpuUs(pid: number | undefined): number {
	try {
		const fields =
			readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8')
				.split(') ')[1]
				?.split(' ') ?? [];
		const ticks = Number(fields[11]) + Number(fields[12]);
		return (ticks * 1_000_000) / clockTicksPerSecond;
	} catch {
		return NaN;
	}
}
const clockTicksPerSecond = 100;

/**
 * Adds up the CPU that this process (the load client) and the server use while requests are timed,
 * so that a run shows how much of the machine the client itself took.
 */
export class CpuMeter {
	#client = 0;
	#server = 0;
	#mark: { client: NodeJS.CpuUsage; server: number } | null = null;

	constructor(readonly serverPid: number | undefined) {}

	start(): void {
		this.#mark = { client: process.cpuUsage(), server: processCpuUs(this.serverPid) };
	}

	stop(): void {
		if (!this.#mark) return;
		const used = process.cpuUsage(this.#mark.client);
		this.#client += used.user + used.system;
		this.#server += processCpuUs(this.serverPid) - this.#mark.server;
		this.#mark = null;
	}

	perRequest(requests: number): CpuPerRequest {
		const n = Math.max(requests, 1);
		return {
			clientUs: this.#client / n,
			serverUs: this.#server / n,
			clientShare: this.#client / (this.#client + this.#server)
		};
	}
}

/** Student `s` picks the right option when this says so, else the next option (always wrong). */
export function answersRight(student: number, question: number): boolean {
	return (student * 7 + question * 3) % 5 < 3;
}

/**
 * The score the help page's rules give an untimed game: 100 per right answer, plus 10 for each right
 * answer in an unbroken run after the first, at most 50; nothing for a wrong one. Written here
 * again on purpose, so the check does not trust the code it checks.
 */
export function expectedScore(student: number, questions: number): number {
	let total = 0;
	let run = 0;
	for (let q = 0; q < questions; q++) {
		if (answersRight(student, q)) {
			run += 1;
			total += 100 + Math.min((run - 1) * 10, 50);
		} else run = 0;
	}
	return total;
}

function choiceFor(
	student: number,
	question: number,
	bank: { answer: number; options: unknown[] }
): number {
	return answersRight(student, question) ? bank.answer : (bank.answer + 1) % bank.options.length;
}

/** Simulated student `student` joins the class with `code`, as the join form posts it. */
export function joinAs(browser: Browser, student: number, code: string): Promise<ActionReply> {
	return browser.action('/class?/join', [
		['code', code],
		['nickname', `Student ${student}`]
	]);
}

/** Simulated student `student` answers question `q` of a class (right or wrong, see answersRight). */
export function answerAs(
	browser: Browser,
	student: number,
	classId: string,
	q: number,
	question: { answer: number; options: unknown[] }
): Promise<ActionReply> {
	return browser.action(`/class/${classId}?/answer`, [
		['index', String(q)],
		['choice', String(choiceFor(student, q, question))]
	]);
}

/** Cells of a CSV document (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/u, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	return rows;
}

function expectOk(what: string, reply: Reply & { result?: { type: string } }, want: string): void {
	const type = reply.result?.type;
	if (type !== want) {
		throw new Error(
			`${what}: expected ${want}, got HTTP ${reply.status} ${type ?? ''} ${reply.body.slice(0, 300)}`
		);
	}
}

/** The bank's first ten questions with at least two options: the questions of every load run. */
export function pickQuestions(bankFile: string): BankFile['questions'] {
	const bank = JSON.parse(readFileSync(bankFile, 'utf8')) as BankFile;
	const picked = bank.questions.filter((q) => q.options.length >= 2).slice(0, questionsPerGame);
	if (picked.length < questionsPerGame) throw new Error('The bank has fewer than 10 questions');
	return picked;
}

/**
 * The teacher creates a live, untimed class with hand-picked questions, opens the private link, and
 * reads the join code from the class page's data.
 */
export async function openLiveClass(
	teacher: Browser,
	picked: BankFile['questions']
): Promise<{ classPath: string; classId: string; code: string }> {
	const created = await teacher.action('/teach?/create', [
		['mode', 'live'],
		['deadline', 'none'],
		['selection', 'pick'],
		['timing', 'untimed'],
		...picked.map((q): [string, string] => ['question', q.id])
	]);
	expectOk('create', created, 'redirect');
	const keyPath = created.result.type === 'redirect' ? created.result.location : '';
	const key = await teacher.send('GET', keyPath);
	const classPath = String(key.headers.location ?? '');
	const classId = /^\/teach\/([\w-]+)$/u.exec(classPath)?.[1];
	if (key.status !== 303 || !classId) throw new Error(`teacher link: HTTP ${key.status}`);
	const page = await teacher.reload(classPath);
	const code = /code=(\d{6})/u.exec(page.body)?.[1];
	if (!code) throw new Error(`no join code on the class page: ${page.body.slice(0, 300)}`);
	return { classPath, classId, code };
}

/** Samples the server's resident memory from /proc while the run lasts (Linux only). */
function rssSampler(pid: number | undefined): { stop(): number } {
	let peak = 0;
	const sample = () => {
		try {
			const status = readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
			const kb = Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
			peak = Math.max(peak, kb / 1024);
		} catch {
			// The process is gone or /proc is missing: keep the last figure.
		}
	};
	const timer = setInterval(sample, 250);
	return {
		stop() {
			sample();
			clearInterval(timer);
			return peak;
		}
	};
}

/** A student of the simulation: a browser, its number, and the state events its stream received. */
class Student {
	readonly browser: Browser;
	stateEvents = 0;
	#waiters: { count: number; resolve(): void }[] = [];

	constructor(
		base: string,
		readonly index: number
	) {
		this.browser = new Browser(base, loopbackAddress(index));
	}

	onEvent(name: string): void {
		if (name !== 'state') return;
		this.stateEvents += 1;
		this.#waiters = this.#waiters.filter((w) => {
			if (this.stateEvents < w.count) return true;
			w.resolve();
			return false;
		});
	}

	/** Resolves once the stream has delivered `count` state events in all (or after `ms`). */
	stateEventsReached(count: number, ms = 20_000): Promise<boolean> {
		if (this.stateEvents >= count) return Promise.resolve(true);
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(false), ms);
			this.#waiters.push({
				count,
				resolve: () => {
					clearTimeout(timer);
					resolve(true);
				}
			});
		});
	}
}

export interface ClassLoadOptions {
	students: number;
	port: number;
	buildDir: string;
	/** Also reload the page data on each state event and after each answer, as the page does. */
	pageReloads?: boolean;
	/** Write a CPU profile of the server into this folder. */
	cpuProfileDir?: string;
	/**
	 * Each student answers after a think time drawn uniformly from 0..thinkTimeMs (seeded, the same
	 * on every run) after the teacher's move opened the question. Default 0: everyone at once.
	 */
	thinkTimeMs?: number;
	/** Serve with `node <build>` (SvelteKit alone) instead of as `npm start` does. */
	plain?: boolean;
	/** Reference loads whose round q runs right after the class's question q (see ReferenceLoad). */
	references?: ReferenceLoad[];
}

/** Seeded think times: `times[q][s]` in milliseconds, uniform over 0..maxMs. */
export function thinkTimes(students: number, maxMs: number, seed = 20261123): number[][] {
	const rand = random(seed);
	return Array.from({ length: questionsPerGame }, () =>
		Array.from({ length: students }, () => (maxMs > 0 ? rand() * maxMs : 0))
	);
}

const sleep = (ms: number): Promise<void> =>
	ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/**
 * Keep-alive connections stay open a minute on every server measured (Node's default is 5 s). A
 * student's connection can idle longer than 5 s between two answers on a busy machine, and a server
 * closing it just as the next answer goes out resets that request (a browser would retry it, this
 * client does not).
 */
export const keepAliveSeconds = 60;

export async function runClassLoad(options: ClassLoadOptions): Promise<ClassLoadReport> {
	const n = options.students;
	const dataDir = mkdtempSync(join(tmpdir(), 'tahaqqaq-bench-'));
	// The server and the checks read one copy of the bank, even if questions/bank.json is rebuilt.
	const bankFile = join(dataDir, 'bank.json');
	copyFileSync('questions/bank.json', bankFile);
	const picked = pickQuestions(bankFile);
	const server = await startServer({
		port: options.port,
		dataDir,
		buildDir: options.buildDir,
		env: { BANK_FILE: bankFile, KEEP_ALIVE_TIMEOUT: String(keepAliveSeconds) },
		nodeArgs: options.cpuProfileDir
			? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
			: [],
		plain: options.plain ?? false
	});
	const rss = rssSampler(server.process.pid);
	const errors: string[] = [];
	const students = Array.from({ length: n }, (_, i) => new Student(server.base, i));
	const teacher = new Browser(server.base, '127.0.0.1');
	try {
		return await simulate(server, teacher, students, picked, options, errors, rss, dataDir);
	} finally {
		teacher.close();
		for (const s of students) s.browser.close();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/**
 * One untimed question in a class of its own, before the timed class, as the references get one
 * untimed round: the server's answer route is otherwise compiled by V8 during the timed questions
 * (the first few took up to twice as long as the last in a run of 2026-11-24). The students join it
 * and answer once; it has no event streams, and the checks read only the timed class.
 */
async function warmUp(
	teacher: Browser,
	students: Student[],
	question: BankFile['questions'][number]
) {
	const { classPath, classId, code } = await openLiveClass(teacher, [question]);
	await Promise.all(
		students.map(async (s) => {
			expectOk(`warm-up join ${s.index}`, await joinAs(s.browser, s.index, code), 'redirect');
		})
	);
	expectOk('warm-up start', await teacher.action(`${classPath}?/start`, []), 'success');
	await Promise.all(
		students.map(async (s) => {
			const reply = await answerAs(s.browser, s.index, classId, 0, question);
			expectOk(`warm-up answer ${s.index}`, reply, 'success');
		})
	);
}

async function simulate(
	server: RunningServer,
	teacher: Browser,
	students: Student[],
	picked: BankFile['questions'],
	options: ClassLoadOptions,
	errors: string[],
	rss: { stop(): number },
	dataDir: string
): Promise<ClassLoadReport> {
	const n = students.length;
	const reloads = options.pageReloads ?? false;
	const thinkTimeMs = options.thinkTimeMs ?? 0;
	const think = thinkTimes(n, thinkTimeMs);
	await warmUp(teacher, students, picked[0]!);
	const { classPath, classId, code } = await openLiveClass(teacher, picked);
	let teacherEvents = 0;
	await teacher.openEvents(`${classPath}/events`, () => (teacherEvents += 1));

	// Joins: everyone at once, as when the code goes up on the projector.
	const joinLatencies: number[] = [];
	let started = performance.now();
	await Promise.all(
		students.map(async (s) => {
			const reply = await joinAs(s.browser, s.index, code);
			expectOk(`join ${s.index}`, reply, 'redirect');
			joinLatencies.push(reply.ms);
		})
	);
	const joins = throughput(joinLatencies, (performance.now() - started) / 1000);
	const studentPath = `/class/${classId}`;
	await Promise.all(
		students.map((s) => s.browser.openEvents(`${studentPath}/events`, (e) => s.onEvent(e)))
	);

	const answerLatencies: number[] = [];
	const reloadLatencies: number[] = [];
	let answerSeconds = 0;
	let reloadWall = 0;
	const reload = async (s: Student) => {
		const reply = await s.browser.reload(studentPath);
		if (reply.status !== 200) errors.push(`reload ${s.index}: HTTP ${reply.status}`);
		reloadLatencies.push(reply.ms);
	};
	const answerCpu = new CpuMeter(server.process.pid);
	for (let q = 0; q < questionsPerGame; q++) {
		const question = picked[q] as BankFile['questions'][number];
		const move = await teacher.action(`${classPath}?/${q === 0 ? 'start' : 'next'}`, []);
		expectOk(`teacher move before question ${q + 1}`, move, 'success');
		started = performance.now();
		answerCpu.start();
		await Promise.all(
			students.map(async (s) => {
				if (reloads) {
					// The page hears "state" and reloads its data before it shows the options.
					if (!(await s.stateEventsReached(2 * q + 1))) errors.push(`no event ${s.index}/${q}`);
					await reload(s);
				}
				await sleep(think[q]?.[s.index] ?? 0);
				const reply = await answerAs(s.browser, s.index, classId, q, question);
				if (reply.result.type !== 'success') {
					errors.push(`answer ${s.index}/${q}: HTTP ${reply.status} ${reply.body.slice(0, 200)}`);
				}
				answerLatencies.push(reply.ms);
				// `use:enhance` reloads the page's data after a successful post.
				if (reloads) await reload(s);
			})
		);
		answerSeconds += (performance.now() - started) / 1000;
		answerCpu.stop();
		if (reloads) {
			// The last answer closed the question: every page hears it and reloads once more.
			const t = performance.now();
			await Promise.all(
				students.map(async (s) => {
					if (!(await s.stateEventsReached(2 * q + 2))) errors.push(`no reveal ${s.index}/${q}`);
					await reload(s);
				})
			);
			reloadWall += (performance.now() - t) / 1000;
		}
		if (options.references?.length) {
			// The last answer closed the question, and the server now tells all students (after the last
			// acknowledgement, outside the timed window). Let that finish before a reference's round, so
			// that its work does not slow the reference instead.
			await Promise.all(students.map((s) => s.stateEventsReached(2 * q + 2)));
			await new Promise((resolve) => setImmediate(resolve));
			for (const reference of options.references) await reference.round(q);
		}
	}
	const finish = await teacher.action(`${classPath}?/next`, []);
	expectOk('teacher finishes', finish, 'success');
	const expectedEvents = 2 * questionsPerGame + 1;
	await Promise.all(students.map((s) => s.stateEventsReached(expectedEvents, 5_000)));
	const events = students.map((s) => s.stateEvents);

	const csv = await teacher.send('GET', `${classPath}/results.csv`);
	const serverPeakRssMb = rss.stop();
	await server.stop();
	const verified = verify(
		students.length,
		picked,
		classId,
		join(dataDir, 'db.json'),
		csv.status === 200 ? csv.body : ''
	);
	if (teacherEvents === 0) errors.push('the teacher stream heard nothing');
	return {
		students: n,
		eventStreams: true,
		pageReloads: reloads,
		thinkTimeMs,
		joins,
		answers: throughput(answerLatencies, answerSeconds, reloads ? undefined : answerCpu),
		reloads: reloads ? throughput(reloadLatencies, reloadWall) : null,
		stateEvents: { min: Math.min(...events), max: Math.max(...events), expected: expectedEvents },
		verified,
		serverPeakRssMb,
		errors: errors.slice(0, 20)
	};
}

interface SavedClass {
	roster: string[];
	students: Record<
		string,
		{ nickname: string; score: number; answers: ({ choice: number | null } | null)[] }
	>;
}

function verify(
	n: number,
	picked: BankFile['questions'],
	classId: string,
	dbFile: string,
	csvText: string
): Verification {
	const db = JSON.parse(readFileSync(dbFile, 'utf8')) as { classes?: Record<string, SavedClass> };
	const cls = db.classes?.[classId];
	let storedAnswers = 0;
	let choicesRight = true;
	let scoresRight = 0;
	let scoresWrong = 0;
	const expectedByNickname = new Map<string, number>();
	for (const id of cls?.roster ?? []) {
		const student = cls?.students[id];
		if (!student) continue;
		const index = Number(/^Student (\d+)$/u.exec(student.nickname)?.[1] ?? -1);
		const expected = expectedScore(index, picked.length);
		expectedByNickname.set(student.nickname, expected);
		for (const [q, answer] of student.answers.entries()) {
			if (!answer) continue;
			storedAnswers += 1;
			const question = picked[q];
			if (!question || answer.choice !== choiceFor(index, q, question)) choicesRight = false;
		}
		if (student.score === expected) scoresRight += 1;
		else scoresWrong += 1;
	}
	// The CSV: a header, one row per student (nickname, rank, points…), then one row per answer.
	const rows = parseCsv(csvText).slice(1);
	let csvAnswerRows = 0;
	let csvScoresRight = 0;
	for (const row of rows) {
		if (row[2] === '') csvAnswerRows += 1;
		else if (Number(row[3]) === expectedByNickname.get(row[1] ?? '')) csvScoresRight += 1;
	}
	const expectedAnswers = n * picked.length;
	return {
		expectedAnswers,
		storedAnswers,
		choicesRight,
		scoresRight,
		scoresWrong,
		csvAnswerRows,
		csvScoresRight,
		ok:
			(cls?.roster.length ?? 0) === n &&
			storedAnswers === expectedAnswers &&
			choicesRight &&
			scoresRight === n &&
			csvAnswerRows === expectedAnswers &&
			csvScoresRight === n
	};
}

/** The bare reference server's source, run with `node -e` (PORT from the environment). */
export const bareServer = `
const http = require('node:http');
const body = JSON.stringify({ type: 'success', status: 200, data: '[{"saved":1},true]' });
const server = http.createServer((req, res) => {
	req.resume();
	req.on('end', () => {
		res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private, no-store' });
		res.end(body);
	});
});
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT || 5) * 1000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
`;

/**
 * A reference server loaded in the class's pattern: N clients on their own addresses, one form post
 * each per round, with the same think times. The rounds are run one at a time, so that the bench can
 * run each right after the class's question of the same number: the machine is shared, and whatever
 * else it does then slows both alike, instead of one run's reference being measured on a busy minute
 * and the class on a quiet one.
 */
export interface ReferenceServer {
	base: string;
	/** The form post every client sends, and its fields for client `client` in round `round`. */
	path: string;
	fields: (client: number, round: number) => [string, string][];
	pid: number | undefined;
	stop: () => Promise<void>;
	/** Adds what the server said to a failure's message. */
	explain?: (failure: Error) => Error;
}

export class ReferenceLoad {
	readonly #browsers: Browser[];
	readonly #think: number[][];
	readonly #latencies: number[] = [];
	readonly #cpu: CpuMeter;
	#seconds = 0;
	#failure: Error | null = null;

	constructor(
		readonly server: ReferenceServer,
		readonly clients: number,
		readonly thinkTimeMs: number
	) {
		this.#think = thinkTimes(clients, thinkTimeMs);
		this.#browsers = Array.from(
			{ length: clients },
			(_, i) => new Browser(server.base, loopbackAddress(i))
		);
		this.#cpu = new CpuMeter(server.pid);
	}

	async #post(i: number, round: number): Promise<number> {
		const { path, fields } = this.server;
		const reply = await this.#browsers[i]!.action(path, fields(i, round));
		if (reply.status >= 400) throw new Error(`${path}: HTTP ${reply.status}`);
		return reply.ms;
	}

	/**
	 * One untimed round: a fresh server process answers its first few hundred requests before V8 has
	 * compiled its request path, and the class's server has already served the joins by the time it
	 * is timed. Without this the reference's figures were those of a cold process, several times
	 * slower in its first round.
	 */
	async warmUp(): Promise<void> {
		await Promise.all(this.#browsers.map((_, i) => this.#post(i, 0)));
	}

	/** Round `q`, timed; a failure is kept for `report` and ends the rounds. */
	async round(q: number): Promise<void> {
		if (this.#failure) return;
		const started = performance.now();
		this.#cpu.start();
		try {
			await Promise.all(
				this.#browsers.map(async (_, i) => {
					await sleep(this.#think[q]?.[i] ?? 0);
					this.#latencies.push(await this.#post(i, q));
				})
			);
		} catch (error) {
			this.#failure = error instanceof Error ? error : new Error(String(error));
		}
		this.#seconds += (performance.now() - started) / 1000;
		this.#cpu.stop();
	}

	report(): ReferenceReport {
		if (this.#failure) throw this.server.explain?.(this.#failure) ?? this.#failure;
		return {
			clients: this.clients,
			thinkTimeMs: this.thinkTimeMs,
			requests: throughput(this.#latencies, this.#seconds, this.#cpu)
		};
	}

	async close(): Promise<void> {
		for (const b of this.#browsers) b.close();
		await this.server.stop();
	}
}

/**
 * The reference: a bare Node http server (one process, as ours) answering a tiny JSON body, to be
 * loaded by the same client in the same pattern.
 */
export async function bareLoad(
	clients: number,
	port: number,
	thinkTimeMs = 0
): Promise<ReferenceLoad> {
	const child = spawn(process.execPath, ['-e', bareServer], {
		env: { ...process.env, PORT: String(port), KEEP_ALIVE_TIMEOUT: String(keepAliveSeconds) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	try {
		await new Promise<void>((resolve, reject) => {
			child.stdout?.once('data', () => resolve());
			child.once('exit', (code) => reject(new Error(`bare server exited with ${code ?? '?'}`)));
		});
	} catch (error) {
		await stop();
		throw error;
	}
	const server: ReferenceServer = {
		base: `http://127.0.0.1:${port}`,
		path: '/bare?/answer',
		fields: (i, q) => [
			['index', String(q)],
			['choice', String(i % 4)]
		],
		pid: child.pid,
		stop
	};
	return new ReferenceLoad(server, clients, thinkTimeMs);
}

/**
 * The framework's floor: our production build's smallest form post (the language switch: read the
 * form, set a cookie, redirect; no data file), loaded in the same pattern, through SvelteKit as
 * `npm start` serves it. No SvelteKit route can answer faster than this on the same machine; the
 * class's answers, which `npm start` serves outside SvelteKit, are measured against it too.
 */
export async function frameworkLoad(
	clients: number,
	port: number,
	buildDir: string,
	thinkTimeMs = 0,
	plain = false
): Promise<ReferenceLoad> {
	const dataDir = mkdtempSync(join(tmpdir(), 'tahaqqaq-floor-'));
	const server = await startServer({
		port,
		dataDir,
		buildDir,
		plain,
		env: { KEEP_ALIVE_TIMEOUT: String(keepAliveSeconds) }
	});
	const reference: ReferenceServer = {
		base: server.base,
		path: '/lang',
		fields: (i) => [
			['lang', i % 2 === 0 ? 'ar' : 'en'],
			['redirectTo', '/']
		],
		pid: server.process.pid,
		stop: async () => {
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		},
		// Say whether the server itself complained (or died), or only the connection failed.
		explain: (failure) => {
			const alive = server.process.exitCode === null && server.process.signalCode === null;
			const said = server.output().trim().split('\n').slice(-5).join(' | ');
			return new Error(
				`${String(failure)} (server ${alive ? 'still running' : 'exited'}; its last output: ${said || 'none'})`,
				{ cause: failure }
			);
		}
	};
	return new ReferenceLoad(reference, clients, thinkTimeMs);
}
