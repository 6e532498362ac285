import { describe, expect, test } from 'vitest';
import { placeOf, ranked, type LeaderboardEntry } from '../../../src/lib/game/leaderboard';

const entry = (
	game: string,
	score: number,
	timed: boolean,
	timeMs = 1000,
	finishedAt = 1
): LeaderboardEntry => ({
	game,
	nickname: null,
	score,
	correct: 0,
	total: 5,
	timed,
	timeMs,
	finishedAt
});

describe('leaderboard', () => {
	const entries = [
		entry('a', 300, true),
		entry('b', 500, true),
		entry('c', 300, true, 500),
		entry('d', 900, false)
	];

	test('ranks by score, then speed, and keeps timed and untimed apart', () => {
		expect(ranked(entries, true).map((e) => e.game)).toEqual(['b', 'c', 'a']);
		expect(ranked(entries, false).map((e) => e.game)).toEqual(['d']);
	});

	test('places a game among the games of its mode', () => {
		expect(placeOf(entries, 'a')).toEqual({ place: 3, of: 3 });
		expect(placeOf(entries, 'd')).toEqual({ place: 1, of: 1 });
		expect(placeOf(entries, 'zzz')).toBeNull();
	});
});
