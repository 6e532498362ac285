// The game module on a real data file: moves are saved, races are settled by the store, and a
// finished game joins the leaderboard in the same write.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { GameRuleError } from '../../../src/lib/game/game';
import type { AppData } from '../../../src/lib/server/schema';
import { readSavedData } from '../../support/saved-data';

const dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-games-'));

// The server modules read their paths from SvelteKit's private env: point them at a fresh data file.
vi.mock('$env/dynamic/private', () => ({
	env: { DB_FILE: join(dir, 'db.json'), BANK_FILE: 'tests/fixtures/bank.json' }
}));

let games: typeof import('../../../src/lib/server/games');
let bank: typeof import('../../../src/lib/server/bank');

beforeAll(async () => {
	games = await import('../../../src/lib/server/games');
	bank = await import('../../../src/lib/server/bank');
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const setup = {
	count: 5 as const,
	kinds: ['host' as const, 'place' as const, 'date' as const],
	article: null,
	timed: false,
	nickname: 'Layla'
};

/** What is on disk: the data file and its journal, as a restart reads them. */
function saved(): Promise<AppData> {
	return readSavedData(dir);
}

describe('solo games', () => {
	test('a new game has an unguessable id, only the chosen kinds, and is on disk', async () => {
		const created = await games.createGame(setup);
		if (!created.ok) throw new Error('no game');
		expect(created.game.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(created.game.questions).toHaveLength(5);
		for (const id of created.game.questions) {
			expect(setup.kinds).toContain(bank.questionBank().question(id)?.kind);
		}
		expect((await saved()).games[created.game.id]).toEqual(created.game);
	});

	test('two answers racing for one question: exactly one counts', async () => {
		const created = await games.createGame(setup);
		if (!created.ok) throw new Error('no game');
		const { id, questions } = created.game;
		const first = questions[0]!;
		const results = await Promise.allSettled([
			games.answerQuestion(id, first, 0),
			games.answerQuestion(id, first, 1)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(GameRuleError);
		expect((refused.reason as GameRuleError).rule).toBe('alreadyAnswered');
		expect((await saved()).games[id]!.answers).toHaveLength(1);
	});

	test('a finished game joins the leaderboard once', async () => {
		const created = await games.createGame({ ...setup, count: 5 });
		if (!created.ok) throw new Error('no game');
		const { id, questions } = created.game;
		for (const [index, qid] of questions.entries()) {
			const answer = bank.questionBank().question(qid)!.answer;
			await games.answerQuestion(id, qid, answer);
			if (index < questions.length - 1) await games.nextQuestion(id);
		}
		await games.nextQuestion(id);
		const data = await saved();
		expect(data.leaderboard.filter((entry) => entry.game === id)).toHaveLength(1);
		expect(await games.leaderboardPlace(id)).toEqual({ place: 1, of: 1 });
	});

	test('no matching question: nothing is saved', async () => {
		const before = Object.keys((await saved()).games).length;
		const result = await games.createGame({ ...setup, article: 'no-such-article' });
		expect(result).toEqual({ ok: false, reason: 'noneMatch' });
		expect(Object.keys((await saved()).games)).toHaveLength(before);
	});
});
