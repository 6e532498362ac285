// `npm run bench`: extraction and question generation, the solo game page's weight, and a live class
// under load (against a production build in build-bench/), as readable sections and one JSON line
// with every figure. Exits non-zero if any saved answer, score or CSV row is wrong, or a run fails.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { ensureBuild } from '../../src/cli/start';
import { connectionRetries } from './http-client';
import { measurePageWeight, type PageWeightReport } from './page-weight';
import { benchmarkGeneration, benchmarkPipeline } from './pipeline';
import { benchmarkStore, type Timing } from './store';
import {
	bareLoad,
	runClassLoad,
	frameworkLoad,
	type ReferenceLoad,
	type ReferenceReport,
	type ClassLoadReport,
	type Latency,
	type Throughput
} from './server-load';

const thinkTimeMs = 3000;

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const lat = (l: Latency): string =>
	`p50/p95/p99/max ${l.p50.toFixed(0)}/${l.p95.toFixed(0)}/${l.p99.toFixed(0)}/${l.max.toFixed(0)} ms`;
const cpu = (t: Throughput): string =>
	t.cpu
		? `; CPU per request: server ${t.cpu.serverUs.toFixed(0)} µs, client ${t.cpu.clientUs.toFixed(0)} µs (client ${(t.cpu.clientShare * 100).toFixed(0)}% of both)`
		: '';
const failures: string[] = [];

// `npm run bench -- --only=pipeline,store,weight,load`: some sections only (all by default).
const sections = ['pipeline', 'store', 'weight', 'load'] as const;
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = new Set(onlyArg ? onlyArg.split(',') : sections);
for (const name of only)
	if (!(sections as readonly string[]).includes(name)) {
		console.error(`Unknown section «${name}» in --only: choose from ${sections.join(', ')}`);
		process.exit(2);
	}

// `--load=burst,think`: the load patterns to run (both by default); `--students=500`: class sizes
// instead of 50, 200 and 500 at once and 500 with think time; `--build=<dir>`: serve an existing
// build (another version of the app, say) as it is, instead of build-bench/ rebuilt when stale.
const argument = (name: string): string | undefined =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const patterns = new Set((argument('load') ?? 'burst,think').split(','));
for (const name of patterns)
	if (name !== 'burst' && name !== 'think') {
		console.error(`Unknown pattern «${name}» in --load: choose from burst, think`);
		process.exit(2);
	}
const sizes = argument('students')?.split(',').map(Number);
if (sizes?.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--students takes whole numbers, as in --students=500 or --students=50,500');
	process.exit(2);
}
const burstSizes = sizes ?? [50, 200, 500];
const spreadSizes = sizes ?? [500];
const givenBuild = argument('build');
// `--port=5171`: the first of the ports the servers listen on (two benchmarks at once need apart ones).
const firstPort = Number(argument('port') ?? 5171);
const buildDir = givenBuild ?? 'build-bench';

const machine = {
	cpus: availableParallelism(),
	model: cpus()[0]?.model ?? 'unknown',
	loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
	node: process.version
};
console.log(
	`Machine: ${machine.cpus} cores (${machine.model}), load average ${machine.loadAverageAtStart.join(' ')} at start, Node ${machine.node}`
);

// 1. Extraction alone.
const extraction = only.has('pipeline') ? benchmarkPipeline() : null;
if (extraction) {
	console.log('\nExtraction benchmark');
	console.log(
		`  seed articles (${extraction.seed.articles}, ${extraction.seed.repeats} repeats): median ${ms(extraction.seed.medianMsPerArticle)}/article, p95 ${ms(extraction.seed.p95MsPerArticle)}/article`
	);
	for (const s of extraction.scaling)
		console.log(
			`  ${String(s.articles).padStart(5)} articles: ${ms(s.totalMs)} total, ${ms(s.msPerArticle)}/article, ${s.facts} facts`
		);
	console.log(
		`  linearity (ms/article at largest ÷ smallest size): ${extraction.linearity.toFixed(2)} (≈1 is linear)`
	);
	console.log(
		`  one ${extraction.bigFile.mb.toFixed(1)} MB file: ${ms(extraction.bigFile.ms)}, ${extraction.bigFile.facts} facts`
	);
	console.log(`  peak heap: ${extraction.peakHeapMb.toFixed(1)} MB`);
}

// 2. Extraction and question generation together, as `npm run questions` runs them.
const generation = only.has('pipeline') ? benchmarkGeneration() : null;
if (generation) {
	console.log('\nGeneration benchmark (extraction + buildBank, no translations)');
	for (const p of generation.points) {
		const label = `${String(p.articles).padStart(5)} articles${p.articles === generation.points[0]?.articles ? ` (seeds, best of ${generation.seedRounds})` : ''}`;
		if (!p.run) {
			console.log(
				`  ${label}: not run, the measured trend predicts ${((p.estimatedMs ?? 0) / 1000).toFixed(0)} s (limit ${(generation.limitMs / 1000).toFixed(0)} s per size)`
			);
			continue;
		}
		console.log(
			`  ${label}: extraction ${ms(p.extractMsPerArticle)}/article, buildBank ${ms(p.buildMsPerArticle)}/article, ${((p.extractMs + p.buildMs) / 1000).toFixed(1)} s total, ${p.questions} questions, peak RSS so far ${p.peakRssMb.toFixed(0)} MB`
		);
	}
	console.log(
		`  growth (ms/article at the largest measured ÷ smallest synthetic size): extraction ${generation.extractGrowth.toFixed(2)}, buildBank ${generation.buildGrowth.toFixed(2)} (≈1 is linear)`
	);
	console.log(
		`  log-log slope of total time between the two largest measured sizes: ${generation.slope.toFixed(2)} (1 is linear, 2 quadratic)`
	);
}

// 3. Saving one answer: the whole data file against one journal line.
const time = (t: Timing): string => `median ${ms(t.median)}, p95 ${ms(t.p95)}`;
const store = only.has('store') ? await benchmarkStore() : null;
if (store) {
	console.log(
		`\nSaving an answer (a finished ${store.students}-student class: data file ${kb(store.fileBytes)}, journal line ${store.lineBytes} bytes; ${store.stringify.runs} runs each)`
	);
	console.log(`  JSON.stringify of the whole data:            ${time(store.stringify)}`);
	console.log(`  write + fsync of the whole file:             ${time(store.writeSync)}`);
	console.log(`  whole save (+ stringify, rename, folder fsync): ${time(store.fullSave)}`);
	console.log(`  append + fdatasync of one journal line:      ${time(store.append)}`);
	console.log(`  Store.update (rewrites the file):            ${time(store.storeUpdate)}`);
	console.log(`  Store.record (appends a journal line):       ${time(store.storeRecord)}`);
}

// 4. The production build the server runs from (its own folders, so it never disturbs `build/`).
if ((only.has('weight') || only.has('load')) && givenBuild === undefined)
	ensureBuild(buildDir, { BUILD_DIR: buildDir, SVELTEKIT_OUT_DIR: '.svelte-kit-bench' });

// 5. Page weight of the solo game page.
let pageWeight: PageWeightReport | null = null;
if (only.has('weight'))
	try {
		pageWeight = await measurePageWeight({ port: firstPort, buildDir });
		console.log(`\nPage weight of ${pageWeight.page} (gzip level 9)`);
		for (const a of pageWeight.assets)
			console.log(
				`  ${a.kind.padEnd(3)} ${kb(a.gzipBytes).padStart(9)}  (${kb(a.bytes)} raw)  ${a.url}`
			);
		console.log(
			`  JS:  ${pageWeight.js.files} files, ${kb(pageWeight.js.gzipBytes)} gzip (${kb(pageWeight.js.bytes)} raw)`
		);
		console.log(
			`  CSS: ${pageWeight.css.files} files, ${kb(pageWeight.css.gzipBytes)} gzip (${kb(pageWeight.css.bytes)} raw)`
		);
		console.log(`  HTML: ${kb(pageWeight.htmlGzipBytes)} gzip`);
	} catch (error) {
		failures.push(`page weight: ${String(error)}`);
		console.log(`\nPage weight: FAILED ${String(error)}`);
	}

// 6. A live class under load, with a bare Node server and the framework floor loaded the same way,
// round by round between its questions.
interface LoadRow {
	students: number;
	thinkTimeMs: number;
	classLoad: ClassLoadReport | null;
	bare: ReferenceReport | null;
	/** Our build's smallest form post (the language switch), loaded the same way. */
	framework: ReferenceReport | null;
	/** Class answers per second ÷ bare requests per second (burst pattern only). */
	ratio: number | null;
	/** Class answers per second ÷ the framework floor's requests per second (burst pattern only). */
	ratioToFramework: number | null;
	/** The machine's 1, 5 and 15 minute load averages once the row was measured (others' work shows). */
	loadAverage: number[] | null;
	/** Requests the client sent again because the server had just closed their idle connection. */
	connectionRetries: number;
}
const loads: LoadRow[] = [];
let port = firstPort + 1;
const runLoad = async (students: number, think: number): Promise<void> => {
	const row: LoadRow = {
		students,
		thinkTimeMs: think,
		classLoad: null,
		bare: null,
		framework: null,
		ratio: null,
		ratioToFramework: null,
		loadAverage: null,
		connectionRetries: 0
	};
	const retriesBefore = connectionRetries.count;
	loads.push(row);
	const title =
		think > 0
			? `${students} students, each answering after a think time spread over 0–${think / 1000} s`
			: `${students} students, all answering at once`;
	console.log(`\nClass load: ${title}`);
	// The references are started and warmed first; each of their rounds runs right after the class's
	// question of the same number, so that whatever else the machine does slows all three alike.
	const start = async (
		label: string,
		open: () => Promise<ReferenceLoad>
	): Promise<[string, ReferenceLoad | null]> => {
		let load: ReferenceLoad | null = null;
		try {
			load = await open();
			await load.warmUp();
			return [label, load];
		} catch (error) {
			await load?.close();
			failures.push(`${label} at ${students}: ${String(error)}`);
			console.log(`  ${label} FAILED: ${String(error)}`);
			return [label, null];
		}
	};
	const references = [
		await start('bare node:http reference', () => bareLoad(students, port++, think)),
		await start('framework floor (POST /lang)', () =>
			frameworkLoad(students, port++, buildDir, think)
		)
	];
	const running = references.flatMap(([, load]) => (load ? [load] : []));
	try {
		const r = await runClassLoad({
			students,
			port: port++,
			buildDir,
			thinkTimeMs: think,
			references: running
		});
		row.classLoad = r;
		const v = r.verified;
		console.log(
			`  joins:   ${r.joins.perSecond.toFixed(0)}/s (${r.joins.count} in ${r.joins.seconds.toFixed(2)} s), ${lat(r.joins)}`
		);
		console.log(
			think > 0
				? `  answers: ${r.answers.count} acknowledged, ${lat(r.answers)}${cpu(r.answers)}`
				: `  answers: ${r.answers.perSecond.toFixed(0)}/s (${r.answers.count} in ${r.answers.seconds.toFixed(2)} s), ${lat(r.answers)}${cpu(r.answers)}`
		);
		console.log(
			`  events:  ${r.stateEvents.min}–${r.stateEvents.max} state events per student (expected ${r.stateEvents.expected})`
		);
		console.log(`  server peak RSS: ${r.serverPeakRssMb.toFixed(0)} MB`);
		console.log(
			`  data check: ${v.ok ? 'OK' : 'FAILED'}: ${v.storedAnswers}/${v.expectedAnswers} answers stored, choices ${v.choicesRight ? 'right' : 'WRONG'}, scores ${v.scoresRight} right / ${v.scoresWrong} wrong, CSV ${v.csvAnswerRows} answer rows and ${v.csvScoresRight} scores right`
		);
		if (!v.ok) failures.push(`data check at ${students} students (think ${think} ms)`);
		if (r.stateEvents.min !== r.stateEvents.expected)
			failures.push(`missing state events at ${students} students (think ${think} ms)`);
		if (r.errors.length > 0) {
			failures.push(
				`${r.errors.length}+ request errors at ${students} students (think ${think} ms)`
			);
			for (const e of r.errors) console.log(`  error: ${e}`);
		}
	} catch (error) {
		failures.push(`class load at ${students} students (think ${think} ms): ${String(error)}`);
		console.log(`  FAILED: ${String(error)}`);
	}
	const report = (label: string, load: ReferenceLoad | null): ReferenceReport | null => {
		if (!load || !row.classLoad) return null;
		try {
			const r = load.report();
			console.log(
				think > 0
					? `  ${label}: ${r.requests.count} posts, ${lat(r.requests)}${cpu(r.requests)}`
					: `  ${label}: ${r.requests.perSecond.toFixed(0)} req/s, ${lat(r.requests)}${cpu(r.requests)}`
			);
			return r;
		} catch (error) {
			failures.push(`${label} at ${students}: ${String(error)}`);
			console.log(`  ${label} FAILED: ${String(error)}`);
			return null;
		}
	};
	const [[bareLabel, bare], [floorLabel, floor]] = references as [
		[string, ReferenceLoad | null],
		[string, ReferenceLoad | null]
	];
	row.bare = report(bareLabel, bare);
	row.framework = report(floorLabel, floor);
	for (const load of running) await load.close();
	row.loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
	row.connectionRetries = connectionRetries.count - retriesBefore;
	console.log(`  machine load average after this row: ${row.loadAverage.join(' ')}`);
	if (row.connectionRetries > 0)
		console.log(
			`  requests sent again on a new connection (the server had closed the idle one): ${row.connectionRetries}`
		);
	const answered = row.classLoad?.answers.perSecond ?? 0;
	if (think === 0 && answered > 0 && row.bare && row.framework) {
		row.ratio = answered / row.bare.requests.perSecond;
		row.ratioToFramework = answered / row.framework.requests.perSecond;
		const floor = row.framework.requests.perSecond / row.bare.requests.perSecond;
		console.log(
			`  ratio (answers/s ÷ bare req/s): ${row.ratio.toFixed(2)}; framework floor ÷ bare: ${floor.toFixed(2)}; answers/s ÷ framework floor: ${row.ratioToFramework.toFixed(2)}`
		);
	}
};
if (only.has('load')) {
	if (patterns.has('burst')) for (const n of burstSizes) await runLoad(n, 0);
	if (patterns.has('think')) for (const n of spreadSizes) await runLoad(n, thinkTimeMs);
}

const summary = (row: LoadRow) => ({
	students: row.students,
	pattern: row.thinkTimeMs > 0 ? `think 0-${row.thinkTimeMs} ms` : 'burst',
	joinsPerSecond: row.classLoad?.joins.perSecond ?? null,
	answersPerSecond: row.thinkTimeMs > 0 ? null : (row.classLoad?.answers.perSecond ?? null),
	ack: row.classLoad
		? {
				p50: row.classLoad.answers.p50,
				p95: row.classLoad.answers.p95,
				p99: row.classLoad.answers.p99,
				max: row.classLoad.answers.max
			}
		: null,
	bareRequestsPerSecond: row.thinkTimeMs > 0 ? null : (row.bare?.requests.perSecond ?? null),
	bareP95: row.bare?.requests.p95 ?? null,
	frameworkRequestsPerSecond:
		row.thinkTimeMs > 0 ? null : (row.framework?.requests.perSecond ?? null),
	frameworkP95: row.framework?.requests.p95 ?? null,
	ratio: row.ratio,
	ratioToFramework: row.ratioToFramework,
	cpuPerRequest: {
		answers: row.classLoad?.answers.cpu ?? null,
		bare: row.bare?.requests.cpu ?? null,
		framework: row.framework?.requests.cpu ?? null
	},
	loadAverage: row.loadAverage,
	connectionRetries: row.connectionRetries,
	serverPeakRssMb: row.classLoad?.serverPeakRssMb ?? null,
	dataCheck: row.classLoad?.verified ?? null,
	stateEvents: row.classLoad?.stateEvents ?? null,
	errors: row.classLoad?.errors ?? null
});

console.log(
	failures.length === 0 ? '\nAll checks passed.' : `\nFAILED:\n  ${failures.join('\n  ')}`
);
console.log(
	JSON.stringify({
		date: new Date().toISOString(),
		machine,
		extraction,
		generation,
		store,
		pageWeight,
		load: loads.map(summary),
		ok: failures.length === 0,
		failures
	})
);
process.exit(failures.length === 0 ? 0 : 1);
