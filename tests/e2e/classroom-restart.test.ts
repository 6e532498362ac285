// Reconnecting and restarting in the middle of a live game: a student who reloads or comes back keeps
// their seat and score; after the server is killed and started again, every acknowledged answer is
// still there and the game carries on. Runs its own server, with its own data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../support/server-process';
import { answer, createClass, fillJoin, joinStudent } from './classroom-helpers';

const port = Number(process.env.E2E_PORT ?? 4173) + 23;
const origin = `http://localhost:${port}`;

function startServer(dataDir: string): Promise<ChildProcess> {
	return new Promise((resolve, reject) => {
		const command = serverArgs();
		const server = spawn(process.execPath, command.args, {
			env: {
				...process.env,
				...command.env,
				DATA_DIR: dataDir,
				PORT: String(port),
				ORIGIN: origin
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const timer = setTimeout(() => reject(new Error('The server did not start')), 15_000);
		server.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('is running on')) {
				clearTimeout(timer);
				resolve(server);
			}
		});
		server.on('exit', (code) => reject(new Error(`The server stopped with ${code}`)));
	});
}

function kill(server: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		server.removeAllListeners('exit');
		server.on('exit', () => resolve());
		server.kill('SIGKILL');
	});
}

test('reconnect and restart in the middle of a live game', async ({ browser }) => {
	test.setTimeout(90_000);
	const dataDir = await mkdtemp(join(tmpdir(), 'tahaqqaq-class-'));
	let server = await startServer(dataDir);
	try {
		const { teacher, host, id, code } = await createClass(browser, 'en', {
			mode: 'live',
			count: 5,
			timing: 'timed',
			baseURL: origin
		});
		const students = [];
		for (const name of ['Sara', 'Omar', 'Lina']) {
			students.push(await joinStudent(browser, 'en', code, name, { baseURL: origin }));
		}
		const [sara, omar, lina] = students as [
			(typeof students)[0],
			(typeof students)[0],
			(typeof students)[0]
		];
		await host.getByRole('button', { name: 'Start the game' }).click();
		await answer(sara, true);
		await expect(sara.page.getByTestId('answer-saved')).toBeVisible();
		await answer(omar, false);
		await expect(omar.page.getByTestId('answer-saved')).toBeVisible();
		await expect(host.getByTestId('answered-count')).toHaveText('2 of 3 answered');

		// Reconnect: a reload, and a fresh tab through the join link, both land on the same seat.
		await sara.page.reload();
		await expect(sara.page.getByTestId('answer-saved')).toBeVisible();
		const again = await sara.context.newPage();
		await again.goto(`/class?code=${code}`);
		await expect(again).toHaveURL(`${origin}/class/${id}`);
		await expect(again.getByTestId('nickname')).toHaveText('Sara');
		await again.close();

		// Kill the server mid-question, and keep it down longer than the page's reconnect poll: the
		// page stays (it says it is reconnecting) instead of turning into the browser's error page.
		await kill(server);
		const lost = host.getByRole('status').filter({ hasText: 'Connection lost' });
		await expect(lost).toBeVisible({ timeout: 10_000 });
		await host.waitForTimeout(4_500);
		await expect(host).toHaveURL(`${origin}/teach/${id}`);
		await expect(host.getByTestId('answered-count')).toBeVisible();
		// Start it again on the same data: the page catches up by itself.
		server = await startServer(dataDir);
		await expect(lost).toHaveCount(0, { timeout: 15_000 });
		await expect(host.getByTestId('answered-count')).toHaveText('2 of 3 answered');
		await host.reload();
		await expect(host.getByTestId('answered-count')).toHaveText('2 of 3 answered');
		await sara.page.reload();
		await expect(sara.page.getByTestId('answer-saved')).toBeVisible();

		// The game carries on: the last answer closes the question for everyone.
		await lina.page.reload();
		await answer(lina, true);
		const distribution = host.getByTestId('distribution');
		await expect(distribution).toBeVisible();
		await expect(distribution.locator('li.right .count')).toContainText('2');
		await expect(sara.page.getByTestId('verdict')).toBeVisible();
		const saraScore = Number(await sara.page.getByTestId('score').textContent());
		expect(saraScore).toBeGreaterThan(100);
		await host.getByRole('button', { name: 'Next question' }).click();
		await expect(omar.page.locator('button[name="choice"]').first()).toBeVisible();

		// Joining is rate-limited per address: wrong codes run out first.
		const guesser = await browser.newContext({ locale: 'en', baseURL: origin });
		const page = await guesser.newPage();
		for (let i = 0; i < 10; i++) {
			const wrong = await guesser.request.post('/class?/join', {
				form: { code: String(100000 + i), nickname: 'Guess' },
				headers: { Origin: origin, Accept: 'text/html' }
			});
			expect(wrong.status()).toBe(400);
		}
		await fillJoin(page, 'en', code, 'Guess');
		await expect(page.getByRole('alert')).toContainText('Too many attempts from this device.');

		for (const student of students) await student.context.close();
		await guesser.close();
		await teacher.close();
	} finally {
		await kill(server);
		await rm(dataDir, { recursive: true, force: true });
	}
});
