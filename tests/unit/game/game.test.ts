import { describe, expect, test } from 'vitest';
import {
	GameRuleError,
	SoloGame,
	newGameRecord,
	type GameRecord
} from '../../../src/lib/game/game';
import { basePoints, lateGraceMs, timeLimitSeconds } from '../../../src/lib/game/scoring';

const t0 = 1_700_000_000_000;
const setup = { nickname: null, timed: false, article: null, kinds: ['host' as const], count: 5 };

function record(timed = false, questions = ['q1', 'q2', 'q3']): GameRecord {
	return newGameRecord('game-id', { ...setup, timed }, questions, t0);
}

function refusal(move: () => unknown): string {
	try {
		move();
	} catch (error) {
		if (error instanceof GameRuleError) return error.rule;
		throw error;
	}
	return 'accepted';
}

describe('SoloGame', () => {
	test('plays a whole untimed game: scores, streaks, summary', () => {
		const game = new SoloGame(record());
		expect(game.phase(t0)).toBe('asking');
		game.answer('q1', 0, 0, 4, t0 + 3000);
		expect(game.phase(t0 + 3000)).toBe('answered');
		game.next(t0 + 5000);
		game.answer('q2', 1, 1, 4, t0 + 9000);
		game.next(t0 + 9500);
		game.answer('q3', 2, 0, 4, t0 + 10_000);
		expect(game.finished).toBe(true);
		expect(game.summary()).toEqual({
			score: basePoints + basePoints + 10,
			correct: 2,
			answered: 3,
			total: 3,
			accuracy: 2 / 3,
			streak: 0,
			bestStreak: 2,
			timeMs: 3000 + 4000 + 500
		});
	});

	test('never changes the record it was built from', () => {
		const saved = record();
		const copy = structuredClone(saved);
		new SoloGame(saved).answer('q1', 0, 0, 4, t0 + 1000);
		expect(saved).toEqual(copy);
	});

	test('refuses a second answer, another game’s question, a future question, a bad choice', () => {
		const game = new SoloGame(record());
		game.answer('q1', 0, 0, 4, t0 + 1000);
		expect(refusal(() => game.answer('q1', 1, 0, 4, t0 + 2000))).toBe('alreadyAnswered');
		expect(refusal(() => game.answer('elsewhere', 0, 0, 4, t0 + 2000))).toBe('notInGame');
		expect(refusal(() => game.answer('q2', 0, 0, 4, t0 + 2000))).toBe('notCurrent');
		game.next(t0 + 2000);
		expect(refusal(() => game.answer('q2', 4, 0, 4, t0 + 3000))).toBe('badChoice');
		expect(refusal(() => game.answer('q2', -1, 0, 4, t0 + 3000))).toBe('badChoice');
		expect(refusal(() => game.answer('q2', 1.5, 0, 4, t0 + 3000))).toBe('badChoice');
		expect(game.summary().answered).toBe(1);
	});

	test('cannot skip a question that is still open', () => {
		const game = new SoloGame(record());
		expect(refusal(() => game.next(t0 + 1000))).toBe('notAnswered');
	});

	test('timed: a late answer is refused, and moving on records the question as missed', () => {
		const game = new SoloGame(record(true));
		const limit = timeLimitSeconds * 1000;
		expect(game.deadline).toBe(t0 + limit);
		// Within the grace period the answer still counts, with no speed bonus.
		const late = new SoloGame(record(true)).answer('q1', 0, 0, 4, t0 + limit + lateGraceMs);
		expect(late).toMatchObject({ correct: true, points: basePoints, speedBonus: 0 });

		const after = t0 + limit + lateGraceMs + 1;
		expect(game.phase(after)).toBe('expired');
		expect(refusal(() => game.answer('q1', 0, 0, 4, after))).toBe('timeUp');
		game.next(after);
		expect(game.toRecord().answers[0]).toMatchObject({ choice: null, correct: false, points: 0 });
		expect(game.currentQuestion).toBe('q2');
		expect(game.phase(after + 100)).toBe('asking');
		expect(game.deadline).toBe(after + limit);
	});

	test('timed: a fast right answer earns a speed bonus', () => {
		const game = new SoloGame(record(true));
		const answer = game.answer('q1', 2, 2, 4, t0 + 2000);
		expect(answer.speedBonus).toBeGreaterThan(0);
		expect(answer.points).toBe(basePoints + answer.speedBonus);
	});

	test('a finished game accepts nothing more', () => {
		const game = new SoloGame(record(false, ['only']));
		game.answer('only', 0, 0, 2, t0 + 1000);
		expect(game.finished).toBe(true);
		expect(refusal(() => game.answer('only', 0, 0, 2, t0 + 2000))).toBe('alreadyAnswered');
		game.next(t0 + 3000);
		expect(game.toRecord().current).toBe(0);
	});
});
