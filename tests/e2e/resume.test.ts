// A game outlives its server: start the server (as `npm start` does) on its own port and data folder, answer once, stop it,
// start it again and carry on from the game's URL. The stopped server's file also lets us age a timed
// question past its deadline without waiting twenty seconds.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bankFile, question } from './bank';
import { withoutTranslations } from '../support/html';
import { serverArgs } from '../support/server-process';

const port = 4391;
const base = `http://localhost:${port}`;

async function startServer(dataDir: string): Promise<ChildProcess> {
	const command = serverArgs();
	const server = spawn(process.execPath, command.args, {
		env: {
			...process.env,
			...command.env,
			PORT: String(port),
			DATA_DIR: dataDir,
			BANK_FILE: bankFile,
			ORIGIN: base
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/help`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error('the second server did not start');
}

async function stopServer(server: ChildProcess): Promise<void> {
	const exited = new Promise((resolve) => server.once('exit', resolve));
	server.kill('SIGTERM');
	await exited;
}

async function post(path: string, entries: [string, string][]): Promise<Response> {
	return fetch(base + path, {
		method: 'POST',
		body: new URLSearchParams(entries),
		headers: { Origin: base, Cookie: 'lang=en', Accept: 'text/html' },
		redirect: 'manual'
	});
}

async function newGame(timing: 'timed' | 'untimed'): Promise<string> {
	const kinds = ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'];
	const response = await post('/?/start', [
		['count', '5'],
		...kinds.map((kind): [string, string] => ['kind', kind]),
		['article', 'all'],
		['timing', timing]
	]);
	expect(response.status).toBe(303);
	return response.headers.get('location')!.split('/')[2]!;
}

async function shownQuestion(id: string): Promise<string> {
	const html = await (await fetch(`${base}/play/${id}`)).text();
	return /name="question" value="([^"]+)"/.exec(html)![1]!;
}

test('a game resumes from its URL after a restart, and a late answer is refused', async ({
	browser
}) => {
	const dataDir = await mkdtemp(join(tmpdir(), 'tahaqqaq-resume-'));
	let server = await startServer(dataDir);
	try {
		const id = await newGame('untimed');
		const timed = await newGame('timed');
		const timedQuestion = await shownQuestion(timed);
		const first = question(await shownQuestion(id));
		expect(
			(
				await post(`/play/${id}?/answer`, [
					['question', first.id],
					['choice', String(first.answer)]
				])
			).status
		).toBe(303);
		await stopServer(server);

		// The answer was the last change, saved to the journal; a clean stop folds the journal into the
		// data file, so the answer is in db.json alone.
		const file = join(dataDir, 'db.json');
		await expect(stat(`${file}.journal`)).rejects.toThrow('ENOENT');
		const data = JSON.parse(await readFile(file, 'utf8'));
		expect(data.games[id].answers).toHaveLength(1);

		// While the server is down, move the timed question's start a minute into the past.
		data.games[timed].shownAt -= 60_000;
		await writeFile(file, JSON.stringify(data));

		server = await startServer(dataDir);
		const page = await (await browser.newContext({ locale: 'en' })).newPage();
		await page.goto(`${base}/play/${id}`);
		await expect(page.getByTestId('feedback').getByRole('heading', { level: 2 })).toHaveText(
			'Right!'
		);
		await expect(page.getByTestId('score')).toHaveText('100');
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(page.locator('.progress-count')).toHaveText('2 / 5');

		const late = await post(`/play/${timed}?/answer`, [
			['question', timedQuestion],
			['choice', '0']
		]);
		expect(late.status).toBe(409);
		expect(withoutTranslations(await late.text())).toContain(
			'Time ran out before your answer arrived'
		);
		await page.goto(`${base}/play/${timed}`);
		await expect(page.getByTestId('feedback').getByRole('heading', { level: 2 })).toHaveText(
			'Time is up.'
		);
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(page.locator('.progress-count')).toHaveText('2 / 5');
	} finally {
		await stopServer(server);
		await rm(dataDir, { recursive: true, force: true });
	}
});
