// Where a request's time goes in the production server: runs it as `npm start` does (src/cli/start.ts
// around `<build>`, see tests/support/server-process.ts; --plain for `node <build>`) under --cpu-prof while
// one kind of request is loaded (the language switch, a live class's answers, a static asset, or
// the bench's bare Node reference), then attributes the profile's samples, inside the load's time
// windows only, to layers (our hooks and routes, SvelteKit, adapter-node, undici, streams, GC…) and
// prints microseconds per request. Also reports the CPU that the load client and the server each
// used per request.
//
//   npx tsx tests/bench/profile-server.ts --build=build-x --kind=answer --clients=200
//   kinds: lang, answer, asset, bare; --rounds=N repeats lang/asset/bare rounds (default 10);
//   --plain serves the build with `node <build>` (SvelteKit alone, no fast answer route)
import { spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../support/server-process';
import { Browser, loopbackAddress } from './http-client';
import {
	answerAs,
	bareServer,
	CpuMeter,
	joinAs,
	openLiveClass,
	pickQuestions
} from './server-load';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** A time window of the load, in CLOCK_MONOTONIC microseconds (the clock V8's profiles use). */
interface Window {
	from: number;
	to: number;
}

const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

function argument(name: string, fallback: string): string {
	return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

interface Usage {
	requests: number;
	wallUs: number;
	cpu: CpuMeter;
	windows: Window[];
}

/** Runs `round` repeatedly, each round timed as a window, and totals CPU used by both processes. */
async function measured(
	pid: number | undefined,
	rounds: number,
	round: (r: number) => Promise<number>,
	between: (r: number) => Promise<void> = async () => {}
): Promise<Usage> {
	const usage: Usage = { requests: 0, wallUs: 0, cpu: new CpuMeter(pid), windows: [] };
	for (let r = 0; r < rounds; r++) {
		await between(r);
		usage.cpu.start();
		const from = monotonicUs();
		usage.requests += await round(r);
		const to = monotonicUs();
		usage.cpu.stop();
		usage.wallUs += to - from;
		usage.windows.push({ from, to });
	}
	return usage;
}

/** Every client sends one request at once, as in the bench's rounds. */
async function burst(browsers: Browser[], send: (b: Browser, i: number) => Promise<number>) {
	const statuses = await Promise.all(browsers.map((b, i) => send(b, i)));
	const bad = statuses.filter((s) => s >= 400);
	if (bad.length > 0) throw new Error(`${bad.length} requests failed (HTTP ${bad[0]})`);
	return statuses.length;
}

async function startBare(port: number, nodeArgs: string[]): Promise<ChildProcess> {
	// A profile is written only on a normal exit, not when SIGTERM kills the process.
	const source = `${bareServer}\nprocess.on('SIGTERM', () => process.exit(0));`;
	const child = spawn(process.execPath, [...nodeArgs, '-e', source], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((done) => child.stdout?.once('data', () => done()));
	return child;
}

async function runLoad(
	kind: string,
	clients: number,
	rounds: number,
	buildDir: string,
	profileDir: string
) {
	const port = Number(argument('port', '5191'));
	// --prof=0: no profile, for CPU figures without the profiler's own cost.
	const profiling = argument('prof', '1') !== '0';
	const nodeArgs = [
		...(profiling
			? [
					'--cpu-prof',
					`--cpu-prof-dir=${profileDir}`,
					`--cpu-prof-interval=${argument('interval', '100')}`
				]
			: []),
		// Extra V8/Node flags for the server, space-separated: --flags="--max-semi-space-size=32"
		...argument('flags', '').split(' ').filter(Boolean)
	];
	const dataDir = mkdtempSync(join(tmpdir(), 'tahaqqaq-profile-'));
	const bankFile = join(dataDir, 'bank.json');
	copyFileSync('questions/bank.json', bankFile);
	if (kind === 'bare') {
		const child = await startBare(port, nodeArgs);
		const base = `http://127.0.0.1:${port}`;
		const browsers = Array.from(
			{ length: clients },
			(_, i) => new Browser(base, loopbackAddress(i))
		);
		try {
			return await measured(child.pid, rounds, (r) =>
				burst(browsers, async (b, i) => {
					const reply = await b.action('/bare?/answer', [
						['index', String(r)],
						['choice', String(i % 4)]
					]);
					return reply.status;
				})
			);
		} finally {
			for (const b of browsers) b.close();
			child.kill('SIGTERM');
			await new Promise((done) => child.once('exit', done));
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	const server = await startServer({
		port,
		dataDir,
		buildDir,
		env: { BANK_FILE: bankFile },
		nodeArgs,
		plain: process.argv.includes('--plain')
	});
	const pid = server.process.pid;
	const browsers = Array.from(
		{ length: clients },
		(_, i) => new Browser(server.base, loopbackAddress(i))
	);
	try {
		if (kind === 'lang') {
			return await measured(pid, rounds, () =>
				burst(browsers, async (b, i) => {
					const reply = await b.action('/lang', [
						['lang', i % 2 === 0 ? 'ar' : 'en'],
						['redirectTo', '/']
					]);
					return reply.status;
				})
			);
		}
		if (kind === 'asset') {
			const assets = readdirSync(join(buildDir, 'client/_app/immutable/assets'));
			const css = assets.find((a) => a.endsWith('.css'));
			if (!css) throw new Error('no CSS asset in the build');
			const path = `/_app/immutable/assets/${css}`;
			return await measured(pid, rounds, () =>
				burst(browsers, async (b) => (await b.send('GET', path)).status)
			);
		}
		if (kind === 'answer') return await answers(server.base, browsers, pid, bankFile);
		throw new Error(`unknown kind ${kind}`);
	} finally {
		for (const b of browsers) b.close();
		await server.stop();
		const outputFile = argument('server-output', '');
		if (outputFile) writeFileSync(outputFile, server.output());
		if (process.argv.includes('--keep')) console.log(`data kept in ${dataDir}`);
		else rmSync(dataDir, { recursive: true, force: true });
	}
}

/** A live class as in the bench: the teacher opens each question, every student answers at once. */
async function answers(
	base: string,
	students: Browser[],
	pid: number | undefined,
	bankFile: string
) {
	const picked = pickQuestions(bankFile);
	const teacher = new Browser(base, '127.0.0.1');
	try {
		const { classPath, classId, code } = await openLiveClass(teacher, picked);
		let teacherEvents = 0;
		await teacher.openEvents(`${classPath}/events`, () => (teacherEvents += 1));
		process.on('exit', () => console.log(`the teacher's stream heard ${teacherEvents} events`));
		await Promise.all(students.map((s, i) => joinAs(s, i, code)));
		const studentPath = `/class/${classId}`;
		await Promise.all(students.map((s) => s.openEvents(`${studentPath}/events`, () => {})));
		return await measured(
			pid,
			picked.length,
			(q) =>
				burst(students, async (s, i) => {
					const question = picked[q] as (typeof picked)[number];
					const reply = await answerAs(s, i, classId, q, question);
					if (reply.result.type !== 'success') throw new Error(`answer: ${reply.body}`);
					return reply.status;
				}),
			async (q) => {
				const move = await teacher.action(`${classPath}?/${q === 0 ? 'start' : 'next'}`, []);
				if (move.result.type !== 'success') throw new Error(`teacher move: ${move.body}`);
			}
		);
	} finally {
		teacher.close();
	}
}

// ---- Attribution ----

const sourceMaps = new Map<string, SourceMap | null>();

function originalSource(url: string, line: number, column: number): string {
	if (!url.startsWith('file://')) return '';
	let map = sourceMaps.get(url);
	if (map === undefined) {
		try {
			map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
		} catch {
			map = null;
		}
		sourceMaps.set(url, map);
	}
	const entry = map?.findEntry(line, column) as { originalSource?: string } | undefined;
	return entry?.originalSource ?? '';
}

const ourChunks =
	/\/(classroom|classroom-access|classroom-views|classroom-hub|class-answer|db|form|bank|join-code|languages|results|scoring|game|games|game-views|types|format|setup|safe-redirect|state\.svelte|rate-limit|record|live|assignment|nickname|responses|cookie-header|action-result)\.js-/u;

/** The layer a function belongs to, from its script (and, in bundled chunks, its original source). */
export function layer(frame: CallFrame): string {
	const { url, functionName } = frame;
	if (url === '') {
		if (functionName === '(garbage collector)') return 'GC';
		if (functionName === '(idle)') return '(idle)';
		if (functionName === '(program)') return '(program: V8/native, not JS)';
		if (functionName === '(root)') return '(root)';
		// Native calls into the kernel: their samples also hold the time the thread was preempted.
		if (/^write(v|Latin1String|Utf8String|Buffer)$/u.test(functionName))
			return 'socket writes (syscalls)';
		if (/^(open|read|close|fsync|fdatasync|rename|writeString)$/u.test(functionName))
			return 'fs calls (queueing to the thread pool)';
		if (functionName === 'runMicrotasks') return 'event loop / microtasks';
		if (functionName === 'JSTransferable') return 'AbortController/AbortSignal';
		return 'V8 builtins (JSON, strings, promises…)';
	}
	if (url.startsWith('node:internal/deps/undici')) return 'undici (Request/Response/Headers/body)';
	if (url.startsWith('node:internal/webstreams')) return 'web streams';
	if (/^node:(internal\/)?url/u.test(url)) return 'URL parsing';
	if (/^node:internal\/(abort_controller|worker\/js_transferable)/u.test(url))
		return 'AbortController/AbortSignal';
	// AsyncLocalStorage (SvelteKit's request store) runs on promise hooks in Node 20.
	if (/^node:(internal\/)?async_hooks/u.test(url) && functionName !== 'callbackTrampoline')
		return 'AsyncLocalStorage (promise hooks)';
	if (
		/^node:(_http|http|net|internal\/http|internal\/stream_base|internal\/streams|stream|events|internal\/event_target)/u.test(
			url
		)
	)
		return 'node http/net/streams/events';
	if (/^node:(internal\/)?fs/u.test(url)) return 'fs (store write, file serving)';
	if (/^node:internal\/(process\/task_queues|timers|async_hooks)|^node:timers/u.test(url))
		return 'event loop / microtasks';
	if (url.startsWith('node:')) return `node other (${url.replace(/^node:(internal\/)?/u, '')})`;
	if (url.includes('/src/cli/start.ts')) return 'OURS start.ts (npm start server)';
	if (url.includes('/node_modules/tsx/')) return 'tsx loader';
	const source = originalSource(url, frame.lineNumber, frame.columnNumber);
	// The fast answer route's modules are bundled into the hooks' chunk (only the hooks import them).
	if (url.includes('/entries/hooks.server.js')) return 'OURS hooks.server.ts + fast answer route';
	if (
		url.includes('/entries/pages/') ||
		url.includes('/entries/endpoints/') ||
		url.includes('/nodes/')
	)
		return 'OURS route code';
	if (/\/(db|store)\.js-/u.test(url)) return 'OURS db/store';
	if (ourChunks.test(url)) return 'OURS lib code';
	if (/\/handler-[^/]+\.js$/u.test(url)) {
		if (source.includes('vendor.js')) return 'polka/sirv';
		if (source.includes('exports/node')) return 'adapter-node getRequest/setResponse';
		return 'adapter-node handler (ssr glue)';
	}
	if (/\/index\.js-[^/]+\.js$/u.test(url) && !url.includes('/chunks/chunks/')) {
		if (source.includes('node_modules/cookie')) return 'cookie parsing';
		return 'SvelteKit respond (server runtime)';
	}
	if (source.includes('set-cookie-parser')) return 'set-cookie-parser';
	if (source.includes('devalue')) return 'devalue';
	if (url.includes('/build')) return 'SvelteKit/Svelte other chunks';
	return `other (${url})`;
}

interface Row {
	name: string;
	us: number;
}

export function attribute(profile: CpuProfile, windows: Window[], focus = '') {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const layers = new Map<string, number>();
	const functions = new Map<string, number>();
	const inclusive = new Map<string, number>();
	/** Under the focus function: time by the frame it called (or its own). */
	const under = new Map<string, number>();
	let t = profile.startTime;
	let total = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i] ?? 0;
		const dt = profile.timeDeltas[i + 1] ?? 0;
		if (!windows.some((w) => t >= w.from && t < w.to)) continue;
		const node = byId.get(profile.samples[i] as number);
		if (!node) continue;
		total += dt;
		const l = layer(node.callFrame);
		layers.set(l, (layers.get(l) ?? 0) + dt);
		const f = `${node.callFrame.functionName || '(anonymous)'} [${l}] ${node.callFrame.url.replace(/.*\//u, '')}:${node.callFrame.lineNumber + 1}`;
		functions.set(f, (functions.get(f) ?? 0) + dt);
		// Inclusive: each layer on the synchronous stack counts once per sample.
		const seen = new Set<string>();
		let below: CallFrame | null = null;
		let focused = false;
		for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
			const frame = byId.get(id)?.callFrame;
			if (!frame) continue;
			if (focus && !focused && `${frame.functionName} [${layer(frame)}]` === focus) {
				focused = true;
				const key = below
					? `${below.functionName || '(anonymous)'} [${layer(below)}] ${below.url.replace(/.*\//u, '')}:${below.lineNumber + 1}`
					: '(self)';
				under.set(key, (under.get(key) ?? 0) + dt);
			}
			below = frame;
			const name = frame.functionName ? `${frame.functionName} [${layer(frame)}]` : '';
			if (name && !seen.has(name)) {
				seen.add(name);
				inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
			}
		}
	}
	const sorted = (m: Map<string, number>): Row[] =>
		[...m].map(([name, us]) => ({ name, us })).sort((a, b) => b.us - a.us);
	return {
		total,
		layers: sorted(layers),
		functions: sorted(functions),
		inclusive: sorted(inclusive),
		under: sorted(under)
	};
}

/**
 * The main thread's profile (CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0): under
 * `npm start`, tsx's module loader runs in a worker thread that writes a profile of its own.
 */
function latestProfile(dir: string): CpuProfile {
	const file = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile') && f.split('.')[4] === '0')
		.sort()
		.at(-1);
	if (!file) throw new Error(`no profile in ${dir}`);
	return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const kind = argument('kind', 'lang');
	const clients = Number(argument('clients', '50'));
	const rounds = Number(argument('rounds', '10'));
	const buildDir = argument('build', 'build-bench');
	const top = Number(argument('top', '30'));
	const profileDir = mkdtempSync(join(tmpdir(), 'tahaqqaq-cpuprof-'));
	const usage = await runLoad(kind, clients, rounds, buildDir, profileDir);
	const n = usage.requests;
	const per = (us: number) => (us / n).toFixed(1).padStart(8);
	const cpu = usage.cpu.perRequest(n);
	console.log(
		`${kind}: ${n} requests from ${clients} clients in ${(usage.wallUs / 1e6).toFixed(2)} s of load windows (${((n / usage.wallUs) * 1e6).toFixed(0)} req/s)`
	);
	console.log(
		`CPU per request: server ${cpu.serverUs.toFixed(1).padStart(8)} µs (/proc), client ${cpu.clientUs.toFixed(1).padStart(8)} µs; client share ${(cpu.clientShare * 100).toFixed(0)}%`
	);
	if (argument('prof', '1') === '0') {
		rmSync(profileDir, { recursive: true, force: true });
		process.exit(0);
	}
	const profile = latestProfile(profileDir);
	const focus = argument('focus', '');
	const { total, layers, functions, inclusive, under } = attribute(profile, usage.windows, focus);
	console.log(`Profiled server time in the windows: ${per(total)} µs per request (incl. idle)\n`);
	const busy = total - (layers.find((r) => r.name === '(idle)')?.us ?? 0);
	const ours = layers.filter((r) => r.name.startsWith('OURS')).reduce((a, r) => a + r.us, 0);
	console.log(
		`Busy (not idle): ${per(busy)} µs per request, of which our code ${per(ours)} µs (${((ours / busy) * 100).toFixed(1)}%)\n`
	);
	console.log('Self time by layer, µs per request (share of busy time):');
	for (const r of layers)
		console.log(`  ${per(r.us)}  ${((r.us / busy) * 100).toFixed(1).padStart(5)}%  ${r.name}`);
	console.log(`\nTop ${top} functions by self time, µs per request:`);
	for (const r of functions.slice(0, top)) console.log(`  ${per(r.us)}  ${r.name}`);
	console.log(`\nTop ${top} by inclusive (synchronous stack) time, µs per request:`);
	for (const r of inclusive.slice(0, top)) console.log(`  ${per(r.us)}  ${r.name}`);
	if (focus) {
		console.log(`\nUnder ${focus}, by the function it called, µs per request:`);
		for (const r of under.slice(0, top)) console.log(`  ${per(r.us)}  ${r.name}`);
	}
	if (process.argv.includes('--keep')) console.log(`\nprofile kept in ${profileDir}`);
	else rmSync(profileDir, { recursive: true, force: true });
}
