// The scoring rules, in one place: the server scores with them and the help page shows them.

/** Points for a right answer, in every mode. */
export const basePoints = 100;
/** Timed mode: seconds to answer, and the largest speed bonus (for an instant answer). */
export const timeLimitSeconds = 20;
export const maxSpeedBonus = 50;
/**
 * Answers arriving this long after the deadline still count (with no speed bonus): the countdown
 * the player sees ends before the request reaches the server.
 */
export const lateGraceMs = 1500;
/** Each right answer after the first in an unbroken run adds this much, up to `maxStreakBonus`. */
export const streakStep = 10;
export const maxStreakBonus = 50;

export interface AnswerScore {
	correct: boolean;
	points: number;
	speedBonus: number;
	streakBonus: number;
	/** The run of right answers including this one (0 after a wrong answer). */
	streak: number;
}

export interface AnswerInput {
	correct: boolean;
	timed: boolean;
	/** Server time between showing the question and receiving the answer. */
	elapsedMs: number;
	/** The run of right answers before this one. */
	streakBefore: number;
}

/** Speed bonus for a right answer in timed mode: falls linearly from the maximum to 0 at the limit. */
export function speedBonus(elapsedMs: number): number {
	const limitMs = timeLimitSeconds * 1000;
	const left = Math.min(Math.max(limitMs - elapsedMs, 0), limitMs);
	return Math.round((maxSpeedBonus * left) / limitMs);
}

export function streakBonus(streak: number): number {
	return Math.min(Math.max(streak - 1, 0) * streakStep, maxStreakBonus);
}

export function scoreAnswer({ correct, timed, elapsedMs, streakBefore }: AnswerInput): AnswerScore {
	if (!correct) return { correct, points: 0, speedBonus: 0, streakBonus: 0, streak: 0 };
	const streak = streakBefore + 1;
	const speed = timed ? speedBonus(elapsedMs) : 0;
	const bonus = streakBonus(streak);
	return {
		correct,
		points: basePoints + speed + bonus,
		speedBonus: speed,
		streakBonus: bonus,
		streak
	};
}
