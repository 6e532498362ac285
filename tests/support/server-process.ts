// Starts the production build as a child process on its own port and data folder, for tests and
// benchmarks that need a real server they can stop, kill and start again. It runs the way `npm start`
// runs it (src/cli/start.ts: our node:http server with the fast answer route in front of SvelteKit),
// on the build in BUILD_DIR (or `build`) as it is; `plain` runs `node <build>` instead, SvelteKit
// alone, as adapter-node's own server.
import { spawn, type ChildProcess } from 'node:child_process';

/** The node arguments that serve `buildDir` as `npm start` does, or as `node <build>` when plain. */
export function serverArgs(
	buildDir = process.env.BUILD_DIR ?? 'build',
	options: { plain?: boolean; nodeArgs?: string[] } = {}
): { args: string[]; env: NodeJS.ProcessEnv } {
	const nodeArgs = options.nodeArgs ?? [];
	return options.plain
		? { args: [...nodeArgs, buildDir], env: {} }
		: {
				args: [...nodeArgs, '--import', 'tsx', 'src/cli/start.ts', '--no-build'],
				env: { BUILD_DIR: buildDir }
			};
}

export interface ServerOptions {
	port: number;
	dataDir: string;
	/** The build folder; default BUILD_DIR or `build`. */
	buildDir?: string;
	env?: NodeJS.ProcessEnv;
	/** Extra flags for node itself (`--cpu-prof` is refused in NODE_OPTIONS). */
	nodeArgs?: string[];
	/** How long to wait for the server to answer; default 30 s. */
	startTimeoutMs?: number;
	/** `node <build>`: SvelteKit alone, without `npm start`'s server and its fast answer route. */
	plain?: boolean;
}

export interface RunningServer {
	readonly base: string;
	readonly process: ChildProcess;
	/** Everything the server printed so far. */
	output(): string;
	/** SIGTERM, then wait for the exit. */
	stop(): Promise<void>;
	/** SIGKILL: no chance to flush or clean up. */
	kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function answers(base: string): Promise<boolean> {
	try {
		const response = await fetch(`${base}/help`, { redirect: 'manual' });
		await response.arrayBuffer();
		return response.status < 500;
	} catch {
		return false;
	}
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const base = `http://127.0.0.1:${options.port}`;
	const command = serverArgs(options.buildDir, options);
	const child = spawn(process.execPath, command.args, {
		env: {
			...process.env,
			...options.env,
			...command.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			DATA_DIR: options.dataDir,
			ORIGIN: base
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const server: RunningServer = {
		base,
		process: child,
		output: () => output,
		async stop() {
			child.kill('SIGTERM');
			await exited(child);
		},
		async kill() {
			child.kill('SIGKILL');
			await exited(child);
		}
	};
	const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
	while (!(await answers(base))) {
		if (child.exitCode !== null) {
			throw new Error(`The server exited with code ${child.exitCode}:\n${output}`);
		}
		if (Date.now() > deadline) {
			await server.kill();
			throw new Error(`The server did not answer on ${base} in time:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return server;
}
