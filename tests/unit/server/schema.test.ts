import { describe, expect, test } from 'vitest';
import { newGameRecord } from '../../../src/lib/game/game';
import { dataProblem, emptyData } from '../../../src/lib/server/schema';

function withGame(change: (game: Record<string, unknown>) => void) {
	const game = newGameRecord(
		'g1',
		{ nickname: null, timed: true, article: null, kinds: ['date'], count: 5 },
		['q1', 'q2'],
		1000
	) as unknown as Record<string, unknown>;
	change(game);
	return { ...emptyData(), games: { g1: game } };
}

describe('the data file schema', () => {
	test('accepts an empty file and a game in progress', () => {
		expect(dataProblem(emptyData())).toBeNull();
		expect(dataProblem(withGame(() => {}))).toBeNull();
	});

	test('names the game and field that is wrong', () => {
		expect(dataProblem(withGame((g) => delete g.timed))).toBe('games["g1"].timed is missing');
		expect(dataProblem(withGame((g) => (g.kinds = ['weather'])))).toBe(
			'games["g1"].kinds is not a list of question kinds'
		);
		expect(dataProblem(withGame((g) => (g.id = 'other')))).toMatch(/not its key "g1"/);
		expect(dataProblem(withGame((g) => (g.current = 5)))).toMatch(/past its last question/);
		expect(dataProblem(withGame((g) => (g.answers = [{ question: 'q1', choice: 'x' }])))).toBe(
			'games["g1"].answers[0].choice is not an option index or null'
		);
	});

	test('checks the leaderboard against the games', () => {
		expect(dataProblem({ version: 1, games: {} })).toBe(
			'"leaderboard" is missing or is not a list'
		);
		const entry = {
			game: 'gone',
			nickname: null,
			score: 1,
			correct: 1,
			total: 1,
			timed: false,
			timeMs: 1,
			finishedAt: 1
		};
		expect(dataProblem({ ...emptyData(), leaderboard: [entry] })).toBe(
			'leaderboard[0].game "gone" is not a saved game'
		);
	});
});
