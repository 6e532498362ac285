import { describe, expect, test } from 'vitest';
import {
	basePoints,
	maxSpeedBonus,
	maxStreakBonus,
	scoreAnswer,
	speedBonus,
	streakBonus,
	timeLimitSeconds
} from '../../../src/lib/game/scoring';

const limitMs = timeLimitSeconds * 1000;

describe('speed bonus', () => {
	test('full for an instant answer, nothing at or after the limit, linear between', () => {
		expect(speedBonus(0)).toBe(maxSpeedBonus);
		expect(speedBonus(limitMs / 2)).toBe(Math.round(maxSpeedBonus / 2));
		expect(speedBonus(limitMs)).toBe(0);
		expect(speedBonus(limitMs + 5000)).toBe(0);
	});

	test('never negative nor above the maximum, and never grows with time', () => {
		let previous = Infinity;
		for (let ms = -1000; ms <= limitMs + 1000; ms += 250) {
			const bonus = speedBonus(ms);
			expect(bonus).toBeGreaterThanOrEqual(0);
			expect(bonus).toBeLessThanOrEqual(maxSpeedBonus);
			expect(bonus).toBeLessThanOrEqual(previous);
			previous = bonus;
		}
	});
});

describe('streak bonus', () => {
	test('nothing for the first right answer, then one step more each time, up to the cap', () => {
		expect([1, 2, 3, 4].map(streakBonus)).toEqual([0, 10, 20, 30]);
		expect(streakBonus(100)).toBe(maxStreakBonus);
		expect(streakBonus(0)).toBe(0);
	});
});

describe('scoreAnswer', () => {
	test('a wrong answer earns nothing and ends the streak', () => {
		expect(scoreAnswer({ correct: false, timed: true, elapsedMs: 100, streakBefore: 4 })).toEqual({
			correct: false,
			points: 0,
			speedBonus: 0,
			streakBonus: 0,
			streak: 0
		});
	});

	test('untimed: accuracy only, whatever the time taken', () => {
		const quick = scoreAnswer({ correct: true, timed: false, elapsedMs: 0, streakBefore: 0 });
		const slow = scoreAnswer({
			correct: true,
			timed: false,
			elapsedMs: 10 * limitMs,
			streakBefore: 0
		});
		expect(quick).toEqual(slow);
		expect(quick.points).toBe(basePoints);
		expect(quick.speedBonus).toBe(0);
	});

	test('timed: base + speed + streak, and the parts add up', () => {
		const score = scoreAnswer({ correct: true, timed: true, elapsedMs: 5000, streakBefore: 2 });
		expect(score.speedBonus).toBe(speedBonus(5000));
		expect(score.streakBonus).toBe(20);
		expect(score.streak).toBe(3);
		expect(score.points).toBe(basePoints + score.speedBonus + score.streakBonus);
	});
});
