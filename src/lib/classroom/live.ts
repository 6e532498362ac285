// The live game's rules, pure: which stage a class is in (derived from the saved state, the answers
// so far and the server's clock, so a restarted server agrees with the one before), the teacher's
// moves, and the acceptance of a student's answer. Moves return new values and never mutate.
import { lateGraceMs, scoreAnswer, timeLimitSeconds } from '$lib/game/scoring';
import { answerRecord, type AnswerRecord } from '$lib/game/game';
import { ClassRuleError, type ClassRecord, type ClassStudent, type LiveState } from './types';

/** What the class sees: 'reveal' is a closed question (all answered, time up, or closed early). */
export type LiveStage = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'finished';

type LiveClass = Pick<ClassRecord, 'live' | 'timed' | 'roster' | 'tally' | 'questions'>;

export function lobbyState(now: number): LiveState {
	return { phase: 'lobby', current: 0, shownAt: now, closedAt: null };
}

/** When the question on screen stops taking answers (timed games only). */
export function liveDeadline(cls: Pick<ClassRecord, 'live' | 'timed'>): number | null {
	return cls.timed && cls.live.phase === 'question'
		? cls.live.shownAt + timeLimitSeconds * 1000
		: null;
}

/** How many students answered question `index`: read from the tally, not by visiting every student. */
export function answeredCount(cls: Pick<ClassRecord, 'tally'>, index: number): number {
	let total = 0;
	for (const count of cls.tally[index] ?? []) total += count;
	return total;
}

export function liveStage(cls: LiveClass, now: number): LiveStage {
	const { live } = cls;
	if (live.phase !== 'question') return live.phase;
	if (live.closedAt !== null) return 'reveal';
	if (cls.roster.length > 0 && answeredCount(cls, live.current) >= cls.roster.length) {
		return 'reveal';
	}
	const deadline = liveDeadline(cls);
	if (deadline !== null && now > deadline + lateGraceMs) return 'reveal';
	return 'question';
}

/** When a 'question' stage will turn into 'reveal' by itself, if nobody acts: for timers. */
export function nextAutomaticChange(cls: LiveClass, now: number): number | null {
	if (liveStage(cls, now) !== 'question') return null;
	const deadline = liveDeadline(cls);
	return deadline === null ? null : deadline + lateGraceMs + 1;
}

export type TeacherMove = 'start' | 'close' | 'leaderboard' | 'next' | 'finish';

/** The teacher's moves, checked against the stage; returns the new saved state. */
export function teacherMove(cls: LiveClass, move: TeacherMove, now: number): LiveState {
	const stage = liveStage(cls, now);
	if (stage === 'finished') throw new ClassRuleError('finished');
	const last = cls.questions.length - 1;
	switch (move) {
		case 'start':
			if (stage !== 'lobby') throw new ClassRuleError('wrongPhase');
			return { phase: 'question', current: 0, shownAt: now, closedAt: null };
		case 'close':
			if (stage !== 'question') throw new ClassRuleError('wrongPhase');
			return { ...cls.live, closedAt: now };
		case 'leaderboard':
			if (stage !== 'reveal') throw new ClassRuleError('wrongPhase');
			return { ...cls.live, phase: 'leaderboard' };
		case 'next':
			if (stage !== 'reveal' && stage !== 'leaderboard') throw new ClassRuleError('wrongPhase');
			if (cls.live.current >= last) return { ...cls.live, phase: 'finished' };
			return { phase: 'question', current: cls.live.current + 1, shownAt: now, closedAt: null };
		case 'finish':
			return { ...cls.live, phase: 'finished' };
	}
}

export interface AcceptedAnswer {
	answer: AnswerRecord;
	/** The student's run of right answers including this one. */
	streak: number;
}

/**
 * Checks a student's answer to question `index` of a live game and scores it. Every check comes
 * first, in the order that gives the most useful message; nothing is changed here.
 */
export function acceptLiveAnswer(
	cls: LiveClass,
	student: Pick<ClassStudent, 'answers' | 'streak'>,
	index: number,
	choice: number,
	bank: { answer: number; optionCount: number },
	now: number
): AcceptedAnswer {
	const stage = liveStage(cls, now);
	if (stage === 'lobby') throw new ClassRuleError('notStarted');
	if (stage === 'finished') throw new ClassRuleError('finished');
	if (index !== cls.live.current) throw new ClassRuleError('notCurrent');
	if (student.answers[index]) throw new ClassRuleError('alreadyAnswered');
	if (stage !== 'question') {
		const deadline = liveDeadline(cls);
		throw new ClassRuleError(deadline !== null && now > deadline ? 'timeUp' : 'closed');
	}
	if (!Number.isInteger(choice) || choice < 0 || choice >= bank.optionCount) {
		throw new ClassRuleError('badChoice');
	}
	const elapsedMs = Math.max(0, now - cls.live.shownAt);
	// A question the student missed breaks the run, as a wrong answer would.
	const streakBefore = index > 0 && student.answers[index - 1]?.correct ? student.streak : 0;
	const score = scoreAnswer({
		correct: choice === bank.answer,
		timed: cls.timed,
		elapsedMs,
		streakBefore
	});
	return {
		answer: answerRecord(cls.questions[index] as string, choice, score, elapsedMs, now),
		streak: score.streak
	};
}
