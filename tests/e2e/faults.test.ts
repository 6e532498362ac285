// Faults the server must survive without losing or inventing data (issue 7):
//  - SIGKILL while many answers are in flight: every acknowledged answer is in the data file after a
//    restart, the file is valid, and the game carries on;
//  - writes that fail (the data folder cannot take the file, or the disk is full): the move is refused
//    with a 503 and the "could not be saved" message in the player's language, nothing unsaved is
//    acknowledged, saved data stays intact, and the same move succeeds once the disk is back.
// Each test runs its own server on its own data folder.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { withoutTranslations } from '../support/html';
import { savedBytes } from '../support/saved-data';
import { startServer, type RunningServer } from '../support/server-process';
import {
	Client,
	byTestId,
	createLiveClass,
	joinClass,
	readSaved,
	saveFailed,
	soloQuestion,
	startSolo,
	type ActionResult,
	type Lang,
	type Reply
} from './faults-http';

const basePort = Number(process.env.E2E_PORT ?? 4173) + 30;

async function withDataDir(run: (dataDir: string) => Promise<void>): Promise<void> {
	const dataDir = await mkdtemp(join(tmpdir(), 'tahaqqaq-faults-'));
	try {
		await run(dataDir);
	} finally {
		await rm(dataDir, { recursive: true, force: true });
	}
}

interface Wave<K> {
	/** Requests that got a success answer: their key, what was sent, and the answer. */
	acked: Map<K, { sent: number; result: ActionResult }>;
	/** Requests answered with anything else (none are expected before the kill). */
	refused: string[];
	/** Requests whose connection died with the server. */
	lost: number;
}

/**
 * Sends all `moves` at once and SIGKILLs the server once `killAfterAcks` of them were acknowledged
 * (or after `killAfterMs`, whichever comes first). Returns what each request got.
 */
async function killDuring<K>(
	server: RunningServer,
	moves: { key: K; sent: number; send: () => Promise<ActionResult> }[],
	isAck: (result: ActionResult) => boolean,
	killAt: { afterAcks: number; afterMs?: number; spreadMs?: number }
): Promise<Wave<K>> {
	const wave: Wave<K> = { acked: new Map(), refused: [], lost: 0 };
	let killing: Promise<void> | null = null;
	const kill = () => (killing ??= server.kill());
	const timer = killAt.afterMs === undefined ? null : setTimeout(kill, killAt.afterMs);
	await Promise.all(
		moves.map(async ({ key, sent, send }, i) => {
			// Spread out, the moves reach the server over `spreadMs` instead of all at once.
			const delay = ((killAt.spreadMs ?? 0) * i) / moves.length;
			if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
			try {
				const result = await send();
				if (isAck(result)) {
					wave.acked.set(key, { sent, result });
					if (wave.acked.size >= killAt.afterAcks) void kill();
				} else {
					wave.refused.push(`${result.type} ${result.status} ${result.data ?? ''}`);
				}
			} catch {
				wave.lost += 1;
			}
		})
	);
	if (timer) clearTimeout(timer);
	await kill();
	// The kill has to land in the middle of the load, or the test proves nothing.
	expect(wave.acked.size, 'moves acknowledged before the kill').toBeLessThan(moves.length);
	return wave;
}

interface Student {
	client: Client;
	id: string;
	nickname: string;
}

test('SIGKILL while a class answers: acknowledged answers survive and the game carries on', async () => {
	test.setTimeout(60_000);
	const port = basePort;
	await withDataDir(async (dataDir) => {
		let server = await startServer({ port, dataDir });
		try {
			const base = server.base;
			const teacher = new Client(base, { lang: 'en' });
			const { id, code } = await createLiveClass(teacher, 5);

			// 45 students, each from its own loopback address (the join limit is per address).
			const students: Student[] = await Promise.all(
				Array.from({ length: 45 }, async (_, i) => {
					const client = new Client(base, { lang: 'en', localAddress: `127.0.1.${i + 1}` });
					const nickname = `Student ${i + 1}`;
					const joined = await joinClass(client, id, code, nickname);
					if (!joined.ok) throw new Error(`${nickname} could not join: ${joined.reply.status}`);
					return { client, id: joined.studentId, nickname };
				})
			);
			expect(await teacher.action(`/teach/${id}?/start`, {})).toMatchObject({ type: 'success' });

			const answer = (student: Student, index: number, choice: number) =>
				student.client.action(`/class/${id}?/answer`, {
					index: String(index),
					choice: String(choice)
				});
			// Three questions, three kills at different moments: at the first acknowledgement; after 15;
			// on a timer. A few students hold back each time, so the question stays open. The answers
			// are spread out (over 60 to 150 ms) so that the kill always lands while some are still to
			// come: sent all at once, all 42 answers of a wave were once acknowledged before the kill
			// landed (in CI, with the fast answer route), and the wave then proved nothing.
			const killMoments = [
				{ afterAcks: 1, spreadMs: 60 },
				{ afterAcks: 15, spreadMs: 150 },
				{ afterAcks: 999, afterMs: 40, spreadMs: 150 }
			];
			const stats: string[] = [];
			for (const [index, killAt] of killMoments.entries()) {
				const holdouts = new Set(students.slice(index * 3, index * 3 + 3));
				const moves = students
					.filter((student) => !holdouts.has(student))
					.map((student, i) => ({
						key: student.id,
						sent: i % 2,
						send: () => answer(student, index, i % 2)
					}));
				const wave = await killDuring(server, moves, (r) => r.type === 'success', killAt);
				expect(wave.refused, 'answers refused while the question was open').toEqual([]);

				server = await startServer({ port, dataDir });
				const saved = (await readSaved(dataDir)).classes[id];
				if (!saved) throw new Error('The class is not in the data file');
				for (const [studentId, { sent: choice }] of wave.acked) {
					expect(saved.students[studentId]?.answers[index]?.choice, studentId).toBe(choice);
				}
				const answered = saved.roster.filter((sid) => saved.students[sid]?.answers[index]);
				// The tally was saved in the same write as the answers it counts.
				const tally = (saved.tally[index] ?? []).reduce((sum, count) => sum + count, 0);
				expect(tally).toBe(answered.length);
				expect(saved.live).toMatchObject({ phase: 'question', current: index });
				stats.push(
					`kill ${index + 1}: ${wave.acked.size} acknowledged, ${answered.length} saved, ` +
						`${wave.lost} cut off`
				);

				// After the restart the teacher sees the saved answers, and the others can still answer.
				const host = await teacher.get(`/teach/${id}`);
				expect(byTestId(host.text, 'answered-count')).toBe(
					`${answered.length} of ${students.length} answered`
				);
				// An answer saved but cut off before its acknowledgement: sent again, it is not counted twice.
				const cutOff = students.filter(
					(student) => saved.students[student.id]?.answers[index] && !wave.acked.has(student.id)
				);
				for (const student of cutOff) {
					expect(await answer(student, index, 0)).toMatchObject({ type: 'failure', status: 409 });
				}
				const rest = students.filter((student) => !saved.students[student.id]?.answers[index]);
				const late = await Promise.all(rest.map((student) => answer(student, index, 1)));
				for (const result of late) expect(result).toMatchObject({ type: 'success' });
				const after = (await readSaved(dataDir)).classes[id];
				for (const student of rest) {
					expect(after?.students[student.id]?.answers[index]?.choice).toBe(1);
				}
				// Everyone answered: the question closed by itself, and the teacher moves on.
				expect(await teacher.action(`/teach/${id}?/next`, {})).toMatchObject({
					type: 'success'
				});
				expect((await readSaved(dataDir)).classes[id]?.live.current).toBe(index + 1);
			}
			test.info().annotations.push({ type: 'class kills', description: stats.join('; ') });

			expect(await teacher.action(`/teach/${id}?/finish`, {})).toMatchObject({ type: 'success' });
			// Scores agree with the saved answers: no answer was half-saved or counted twice.
			const final = (await readSaved(dataDir)).classes[id];
			for (const student of students) {
				const seat = final?.students[student.id];
				const points = seat?.answers.reduce((sum, a) => sum + (a?.points ?? 0), 0);
				expect(seat?.answers.filter(Boolean)).toHaveLength(killMoments.length);
				expect(seat?.score, student.nickname).toBe(points);
			}
			const csv = await teacher.get(`/teach/${id}/results.csv`);
			expect(csv.status).toBe(200);
			for (const student of students) expect(csv.text).toContain(student.nickname);
		} finally {
			await server.kill();
		}
	});
});

test('SIGKILL while solo games start and answer: acknowledged moves survive', async () => {
	test.setTimeout(40_000);
	const port = basePort + 1;
	await withDataDir(async (dataDir) => {
		let server = await startServer({ port, dataDir });
		try {
			const player = new Client(server.base, { lang: 'ar' });
			const games = await Promise.all(
				Array.from({ length: 24 }, async () => {
					const started = await startSolo(player);
					if (!started.ok) throw new Error(`A solo game did not start: ${started.reply.status}`);
					return { id: started.gameId, question: await soloQuestion(player, started.gameId) };
				})
			);
			const answer = (game: (typeof games)[number], choice: number) =>
				player.action(`/play/${game.id}?/answer`, {
					question: game.question,
					choice: String(choice)
				});
			const answers = games.map((game, i) => ({
				key: `answer ${game.id}`,
				sent: i % 2,
				send: () => answer(game, i % 2)
			}));
			// New games start while the others answer: each start is acknowledged by its redirect.
			const starts = Array.from({ length: 8 }, (_, i) => ({
				key: `start ${i}`,
				sent: 0,
				send: async (): Promise<ActionResult> => {
					const reply = await player.post('/?/start', {
						count: '5',
						kind: ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'],
						article: 'all',
						timing: 'untimed',
						nickname: ''
					});
					return { type: 'redirect', status: reply.status, location: reply.location ?? '' };
				}
			}));
			const wave = await killDuring(
				server,
				[...answers, ...starts],
				(r) => r.type === 'redirect' && r.status === 303 && (r.location ?? '').startsWith('/play/'),
				{ afterAcks: 8, spreadMs: 150 }
			);
			expect(wave.refused).toEqual([]);

			server = await startServer({ port, dataDir });
			const saved = await readSaved(dataDir);
			for (const [key, { sent, result }] of wave.acked) {
				if (key.startsWith('answer ')) {
					const game = saved.games[key.slice('answer '.length)];
					expect(
						game?.answers.map((a) => a.choice),
						key
					).toEqual([sent]);
				} else {
					// An acknowledged start: its redirect named a game that is in the file.
					const started = (result.location ?? '').slice('/play/'.length);
					expect(saved.games[started]?.answers, key).toEqual([]);
				}
			}

			// The games carry on: unanswered ones take their answer, all of them move on.
			for (const game of games) {
				if (saved.games[game.id]?.answers.length === 0) {
					expect(await answer(game, 1)).toMatchObject({ type: 'redirect', status: 303 });
					expect((await readSaved(dataDir)).games[game.id]?.answers[0]?.choice).toBe(1);
				}
				expect(await player.action(`/play/${game.id}?/next`, {})).toMatchObject({
					type: 'redirect',
					status: 303
				});
			}
			const after = await readSaved(dataDir);
			for (const game of games) expect(after.games[game.id]?.current).toBe(1);
			test.info().annotations.push({
				type: 'solo kill',
				description: `${wave.acked.size} acknowledged, ${wave.lost} cut off`
			});
		} finally {
			await server.kill();
		}
	});
});

/** Expects a page refused with 503 that shows `message` (in the player's language). */
function expectRefusedPage(reply: Reply, message: string): void {
	expect(reply.status).toBe(503);
	expect(withoutTranslations(reply.text)).toContain(message);
}

function expectRefusedAction(result: ActionResult): void {
	expect(result).toMatchObject({ type: 'failure', status: 503 });
	expect(result.data).toContain('"saveFailed"');
}

/**
 * Every kind of move while saving fails, then again once it works: refused with 503 and the message
 * in the player's language, nothing unsaved acknowledged, earlier data intact, then accepted.
 */
async function saveFailureScenario(
	server: RunningServer,
	dataDir: string,
	block: () => Promise<void>,
	unblock: () => Promise<void>
): Promise<void> {
	const base = server.base;
	const teacher = new Client(base, { lang: 'en' });
	const { id, code } = await createLiveClass(teacher, 5);
	const seated = {
		en: new Client(base, { lang: 'en' }),
		ar: new Client(base, { lang: 'ar', langBy: 'cookie' })
	};
	const seatIds = {} as Record<Lang, string>;
	for (const lang of ['en', 'ar'] as const) {
		const joined = await joinClass(seated[lang], id, code, `Seated ${lang}`);
		if (!joined.ok) throw new Error(`Could not join: ${joined.reply.status}`);
		seatIds[lang] = joined.studentId;
	}
	expect(await teacher.action(`/teach/${id}?/start`, {})).toMatchObject({ type: 'success' });
	const players = {
		en: new Client(base, { lang: 'en', langBy: 'cookie' }),
		ar: new Client(base, { lang: 'ar' })
	};
	const solo = {} as Record<Lang, { id: string; question: string }>;
	for (const lang of ['en', 'ar'] as const) {
		const started = await startSolo(players[lang]);
		if (!started.ok) throw new Error(`Could not start a solo game: ${started.reply.status}`);
		solo[lang] = {
			id: started.gameId,
			question: await soloQuestion(players[lang], started.gameId)
		};
	}
	const before = await savedBytes(dataDir);
	const earlier = await readSaved(dataDir);
	const newcomers = {
		en: new Client(base, { lang: 'en', localAddress: '127.0.2.1' }),
		ar: new Client(base, { lang: 'ar', langBy: 'cookie', localAddress: '127.0.2.2' })
	};
	const classAnswer = (lang: Lang) => ({ index: '0', choice: lang === 'en' ? '0' : '1' });
	const soloAnswer = (lang: Lang) => ({ question: solo[lang].question, choice: '0' });

	await block();
	// Enhanced forms, all at once: each refused with the saveFailed error for the page to show.
	const refused = await Promise.all([
		seated.en.action(`/class/${id}?/answer`, classAnswer('en')),
		seated.ar.action(`/class/${id}?/answer`, classAnswer('ar')),
		players.en.action(`/play/${solo.en.id}?/answer`, soloAnswer('en')),
		players.ar.action(`/play/${solo.ar.id}?/answer`, soloAnswer('ar')),
		teacher.action(`/teach/${id}?/close`, {})
	]);
	for (const result of refused) expectRefusedAction(result);
	// The same moves without JavaScript: the page comes back with the message in the player's language.
	for (const lang of ['en', 'ar'] as const) {
		const messages = saveFailed(lang);
		expectRefusedPage(
			await seated[lang].post(`/class/${id}?/answer`, classAnswer(lang)),
			messages.classAnswer
		);
		const join = await newcomers[lang].post('/class?/join', { code, nickname: `New ${lang}` });
		expectRefusedPage(join, messages.join);
		expect(
			newcomers[lang].cookie(`tq-seat-${id}`),
			'no seat for a join that was not saved'
		).toBeUndefined();
		const start = await startSolo(players[lang]);
		expect(start.ok).toBe(false);
		if (!start.ok) expectRefusedPage(start.reply, messages.soloStart);
		expectRefusedPage(
			await players[lang].post(`/play/${solo[lang].id}?/answer`, soloAnswer(lang)),
			messages.soloAnswer
		);
	}
	const create = await teacher.post('/teach?/create', {
		mode: 'live',
		deadline: 'none',
		selection: 'random',
		count: '5',
		kind: ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'],
		article: 'all',
		timing: 'untimed'
	});
	expectRefusedPage(create, saveFailed('en').createClass);

	// Nothing was written, and nothing unsaved shows as done: the server went back to the saved data.
	expect(await savedBytes(dataDir)).toBe(before);
	const host = await teacher.get(`/teach/${id}`);
	expect(byTestId(host.text, 'answered-count')).toBe('0 of 2 answered');
	for (const lang of ['en', 'ar'] as const) {
		expect(await soloQuestion(players[lang], solo[lang].id)).toBe(solo[lang].question);
	}

	await unblock();
	// The very same moves now succeed (an answer refused before is not "already answered").
	expect(await seated.en.action(`/class/${id}?/answer`, classAnswer('en'))).toMatchObject({
		type: 'success'
	});
	const page = await seated.ar.post(`/class/${id}?/answer`, classAnswer('ar'));
	expect(page.status).toBe(200);
	expect(withoutTranslations(page.text)).not.toContain(saveFailed('ar').classAnswer);
	for (const lang of ['en', 'ar'] as const) {
		const joined = await joinClass(newcomers[lang], id, code, `New ${lang}`);
		expect(joined.ok, `New ${lang} joins once saving works`).toBe(true);
		expect((await startSolo(players[lang])).ok).toBe(true);
		const answered = await players[lang].post(`/play/${solo[lang].id}?/answer`, soloAnswer(lang));
		expect(answered).toMatchObject({ status: 303, location: `/play/${solo[lang].id}` });
	}
	expect(
		(
			await teacher.post('/teach?/create', {
				mode: 'live',
				deadline: 'none',
				selection: 'random',
				count: '5',
				kind: ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'],
				article: 'all',
				timing: 'untimed'
			})
		).status
	).toBe(303);

	// All of it is on disk, next to what was saved before.
	const saved = await readSaved(dataDir);
	for (const gameId of Object.keys(earlier.games)) expect(saved.games[gameId]).toBeDefined();
	const cls = saved.classes[id];
	expect(cls?.students[seatIds.en]?.answers[0]?.choice).toBe(0);
	expect(cls?.students[seatIds.ar]?.answers[0]?.choice).toBe(1);
	expect(cls?.roster.map((sid) => cls.students[sid]?.nickname)).toEqual([
		'Seated en',
		'Seated ar',
		'New en',
		'New ar'
	]);
	for (const lang of ['en', 'ar'] as const) {
		expect(saved.games[solo[lang].id]?.answers.map((a) => a.question)).toEqual([
			solo[lang].question
		]);
	}
	expect(Object.keys(saved.games)).toHaveLength(4);
	expect(Object.keys(saved.classes)).toHaveLength(2);
}

test("a data folder that cannot take the file: moves refused in the player's language, then accepted", async () => {
	test.setTimeout(30_000);
	await withDataDir(async (dataDir) => {
		const server = await startServer({ port: basePort + 2, dataDir });
		// Whole-file writes go through a temporary file next to the data file, answers to the journal
		// beside it: folders in their places make every write fail, as a read-only or broken folder
		// would (chmod does not stop root). The moves before the block all rewrote the whole file,
		// which removes the journal, so its place is free (mkdir would fail otherwise).
		const blockers = [join(dataDir, '.db.json.tmp'), join(dataDir, 'db.json.journal')];
		try {
			await saveFailureScenario(
				server,
				dataDir,
				async () => {
					for (const blocker of blockers) await mkdir(blocker);
				},
				async () => {
					for (const blocker of blockers) await rm(blocker, { recursive: true });
				}
			);
			// The operator's log says which file could not be saved and why.
			expect(server.output()).toContain(`Could not save to ${join(dataDir, 'db.json')}: EISDIR`);
		} finally {
			await server.kill();
		}
	});
});

test("a full disk: moves refused in the player's language, then accepted once there is room", async () => {
	test.setTimeout(30_000);
	await withDataDir(async (dataDir) => {
		// A tiny tmpfs as the data folder; only where this process may mount one (root with the
		// capability, as in this project's container), otherwise skipped.
		const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dataDir]);
		test.skip(mounted.status !== 0, 'cannot mount a tmpfs here');
		let server: RunningServer | null = null;
		try {
			server = await startServer({ port: basePort + 3, dataDir });
			const filler = join(dataDir, 'filler');
			await saveFailureScenario(
				server,
				dataDir,
				async () => {
					const handle = await open(filler, 'w');
					try {
						const chunk = Buffer.alloc(4096, 120);
						for (;;) await handle.write(chunk);
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
					} finally {
						await handle.close();
					}
				},
				() => rm(filler)
			);
			expect(server.output()).toContain(`Could not save to ${join(dataDir, 'db.json')}: ENOSPC`);
		} finally {
			await server?.kill();
			spawnSync('umount', [dataDir]);
		}
	});
});
