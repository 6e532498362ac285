// The production server refuses to start on a broken data file, says why, and leaves the file alone.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../support/server-process';

function startServer(
	dataDir: string,
	port: number
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const command = serverArgs();
		const server = spawn(process.execPath, command.args, {
			env: { ...process.env, ...command.env, DATA_DIR: dataDir, PORT: String(port) },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
		server.on('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, output });
		});
	});
}

for (const [name, content] of [
	['truncated', '{"version":1,"games":{"abc":{"sc'],
	['garbage', '\u0000\u0001 not json at all'],
	['wrong shape', '{"version":1,"games":[]}']
] as const) {
	test(`a ${name} data file stops the server with a clear message and is kept`, async () => {
		const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-bad-'));
		const file = join(dir, 'db.json');
		await writeFile(file, content);
		try {
			const { code, output } = await startServer(dir, Number(process.env.E2E_PORT ?? 4173) + 17);
			expect(code).toBe(1);
			expect(output).toContain(`The data file ${file} cannot be used`);
			expect(output).toContain('left untouched');
			expect(output).not.toContain('is running on');
			expect(await readFile(file, 'utf8')).toBe(content);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
}

test('a journal with garbage before its last line stops the server, naming it; both files are kept', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-bad-journal-'));
	const file = join(dir, 'db.json');
	const journal = `${file}.journal`;
	const data = '{"version":1,"games":{},"leaderboard":[],"classes":{}}';
	const lines = 'not a line of the journal\n{"seq":2,"change":{"kind":"soloMove"}}\n';
	await writeFile(file, data);
	await writeFile(journal, lines);
	try {
		const { code, output } = await startServer(dir, Number(process.env.E2E_PORT ?? 4173) + 19);
		expect(code).toBe(1);
		expect(output).toContain(`The journal ${journal} cannot be used: line 1 is not valid JSON`);
		expect(output).toContain(`left untouched, and so has ${file}`);
		expect(output).toContain('move the journal aside');
		expect(output).not.toContain('Listening on');
		expect(await readFile(file, 'utf8')).toBe(data);
		expect(await readFile(journal, 'utf8')).toBe(lines);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});

test('`npm start` serves forms over plain http without ORIGIN, and keeps the origin check', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-start-'));
	const port = Number(process.env.E2E_PORT ?? 4173) + 18;
	const command = serverArgs();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		...command.env,
		DATA_DIR: dir,
		PORT: String(port)
	};
	delete env.ORIGIN;
	const server = spawn(process.execPath, command.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	try {
		const base = `http://localhost:${port}`;
		await expect
			.poll(async () => (await fetch(base).catch(() => null))?.status, { timeout: 60_000 })
			.toBe(200);
		const post = (origin: string) =>
			fetch(`${base}/lang`, {
				method: 'POST',
				redirect: 'manual',
				headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
				body: 'lang=en&redirectTo=/help'
			});
		const ok = await post(base);
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/help');
		expect((await post('http://evil.example')).status).toBe(403);

		// The class answer route in front of SvelteKit works out the same origin: its own page may
		// post (no seat here, so the answer is refused as the page would show it), another site not.
		const answer = (origin: string) =>
			fetch(`${base}/class/AAAAAAAAAAAAAAAAAAAAAA?/answer`, {
				method: 'POST',
				headers: {
					Origin: origin,
					Accept: 'application/json',
					'Content-Type': 'application/x-www-form-urlencoded'
				},
				body: 'index=0&choice=1'
			});
		const own = await answer(base);
		expect(own.status).toBe(200);
		expect(await own.json()).toMatchObject({ type: 'failure', status: 403 });
		const foreign = await answer('http://evil.example');
		expect(foreign.status).toBe(403);
		expect(await foreign.json()).toEqual({
			message: 'Cross-site POST form submissions are forbidden'
		});
	} finally {
		server.kill('SIGTERM');
		await rm(dir, { recursive: true, force: true });
	}
});
