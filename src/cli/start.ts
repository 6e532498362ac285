// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// The port comes from PORT (default 3000), the data file from DB_FILE or DATA_DIR (default ./data),
// the build folder from BUILD_DIR (default build). `npm start -- --no-build` serves the build as it
// is (the tests and the benchmark, which build first, start the server this way).
//
// The server is our own node:http server around the build's SvelteKit handler, with two routes in
// front of it that the build registers: the class page's enhanced answer post ($lib/server/fast-answer)
// and the students' event streams ($lib/server/fast-events), served exactly as SvelteKit would without
// its per-request overhead. Every other request goes to SvelteKit.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registeredFastRoute } from '../lib/server/fast-route';

const protocolHeader = 'x-tahaqqaq-protocol';
const sources = [
	'src',
	'static',
	'questions',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

/** Whether `buildDir` holds a build at least as new as every source. */
export function buildIsCurrent(buildDir = 'build'): boolean {
	const buildEntry = join(buildDir, 'index.js');
	if (!existsSync(buildEntry)) return false;
	const built = statSync(buildEntry).mtimeMs;
	return sources.every((source) => newestChange(source) <= built);
}

/**
 * Builds into `buildDir` when it is missing or stale (the benchmark uses its own folders, through the
 * BUILD_DIR and SVELTEKIT_OUT_DIR variables that svelte.config.js reads). Exits when the build fails.
 */
export function ensureBuild(buildDir = 'build', env: NodeJS.ProcessEnv = {}): void {
	if (buildIsCurrent(buildDir)) return;
	console.log('Building the app (the build is missing or older than the sources)…');
	const result = spawnSync('npx', ['vite', 'build'], {
		stdio: 'inherit',
		shell: false,
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

/**
 * KEEP_ALIVE_TIMEOUT or HEADERS_TIMEOUT in whole seconds, read as adapter-node reads them for `node
 * build`, so that both ways of serving take the same settings; undefined when unset (Node's defaults).
 */
export function timeoutSeconds(
	name: string,
	env: NodeJS.ProcessEnv = process.env
): number | undefined {
	const raw = env[name];
	if (!raw) return undefined;
	if (!/^[0-9]+$/u.test(raw)) {
		throw new Error(`${name}=${raw}: it should be a whole number of seconds (0 or more)`);
	}
	return Number(raw);
}

// Imported (by the benchmark) for the functions above: build nothing and serve nothing.
const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await serve();

async function serve(): Promise<void> {
	const buildDir = process.env.BUILD_DIR || 'build';
	if (process.argv.includes('--no-build')) {
		if (!existsSync(join(buildDir, 'handler.js'))) {
			console.error(`There is no build in ${buildDir}/: run \`npm run build\` first.`);
			process.exit(1);
		}
	} else ensureBuild(buildDir);

	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	let keepAliveSeconds: number | undefined;
	let headersSeconds: number | undefined;
	try {
		keepAliveSeconds = timeoutSeconds('KEEP_ALIVE_TIMEOUT');
		headersSeconds = timeoutSeconds('HEADERS_TIMEOUT');
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}

	// Form posts pass SvelteKit's origin check only if the server knows its own origin. adapter-node
	// assumes https unless told otherwise, which would refuse every form on a plain-http laptop or classroom
	// network. This server speaks plain http, so it says so on every request, overwriting anything a client
	// sent; an explicit ORIGIN (for https behind a proxy) still wins.
	process.env.PROTOCOL_HEADER ??= protocolHeader;
	const usesOwnHeader = process.env.PROTOCOL_HEADER === protocolHeader;

	type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
	// Importing the handler starts the app (its `init` hook opens the data file and registers the
	// fast route).
	const handlerUrl = pathToFileURL(resolve(buildDir, 'handler.js')).href;
	const { handler } = (await import(handlerUrl)) as { handler: NodeHandler };
	const fastRoute = registeredFastRoute();

	const server = createServer((req, res) => {
		if (usesOwnHeader) req.headers[protocolHeader] = 'http';
		try {
			if (fastRoute?.(req, res)) return;
		} catch (error) {
			// A bug in the route's checks: log it, and let SvelteKit answer if nothing was sent yet.
			console.error(error);
			if (res.headersSent) return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	if (keepAliveSeconds !== undefined) server.keepAliveTimeout = keepAliveSeconds * 1000;
	if (headersSeconds !== undefined) server.headersTimeout = headersSeconds * 1000;
	server.listen(port, host, () => {
		console.log(`Tahaqqaq is running on http://localhost:${port}`);
	});

	// Stop taking requests, let those in progress finish (an answer is acknowledged only once it is
	// on disk), then close what is left: event streams never end by themselves. Once the last request is
	// answered, the app hears adapter-node's shutdown event, as under `node build`, and folds the data
	// file's journal into it; the process then ends when nothing is left to do, or after 5 s at most.
	function shutdown(signal: NodeJS.Signals): void {
		// The event is adapter-node's own, so Node's typings do not list it.
		const events: NodeJS.EventEmitter = process;
		server.close(() => events.emit('sveltekit:shutdown', signal));
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), 1_000).unref();
		setTimeout(() => process.exit(0), 5_000).unref();
	}
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}
