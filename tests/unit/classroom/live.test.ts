import { describe, expect, it } from 'vitest';
import { lateGraceMs, timeLimitSeconds } from '$lib/game/scoring';
import { acceptLiveAnswer, liveStage, nextAutomaticChange, teacherMove } from '$lib/classroom/live';
import { newClassRecord, newStudent, recordLiveAnswer, seatStudent } from '$lib/classroom/record';
import { ClassRuleError, type ClassRecord, type ClassRule } from '$lib/classroom/types';

const bank = { answer: 1, optionCount: 4 };

function liveClass(timed: boolean, students = 2): ClassRecord {
	const cls = newClassRecord(
		{
			id: 'c',
			code: '123456',
			teacherToken: 't',
			mode: 'live',
			timed,
			questions: [
				{ id: 'q1', optionCount: 4 },
				{ id: 'q2', optionCount: 4 }
			],
			deadline: null
		},
		0
	);
	for (let i = 0; i < students; i++) seatStudent(cls, newStudent(cls, `s${i}`, 'seat', `n${i}`, 0));
	return cls;
}

function refused(rule: ClassRule, move: () => unknown): void {
	try {
		move();
	} catch (error) {
		expect(error).toBeInstanceOf(ClassRuleError);
		expect((error as ClassRuleError).rule).toBe(rule);
		return;
	}
	throw new Error(`expected ${rule}`);
}

describe('live stages', () => {
	it('goes lobby → question → reveal → leaderboard → next question → finished', () => {
		const cls = liveClass(false);
		expect(liveStage(cls, 0)).toBe('lobby');
		cls.live = teacherMove(cls, 'start', 1000);
		expect(liveStage(cls, 1000)).toBe('question');
		cls.live = teacherMove(cls, 'close', 2000);
		expect(liveStage(cls, 2000)).toBe('reveal');
		cls.live = teacherMove(cls, 'leaderboard', 3000);
		expect(liveStage(cls, 3000)).toBe('leaderboard');
		cls.live = teacherMove(cls, 'next', 4000);
		expect(cls.live).toEqual({ phase: 'question', current: 1, shownAt: 4000, closedAt: null });
		refused('wrongPhase', () => teacherMove(cls, 'next', 4000));
		cls.live = teacherMove(cls, 'close', 5000);
		cls.live = teacherMove(cls, 'next', 6000);
		expect(liveStage(cls, 6000)).toBe('finished');
		refused('finished', () => teacherMove(cls, 'start', 7000));
	});

	it('reveals when everyone has answered', () => {
		const cls = liveClass(false);
		cls.live = teacherMove(cls, 'start', 0);
		for (const id of cls.roster) {
			const student = cls.students[id]!;
			const accepted = acceptLiveAnswer(cls, student, 0, 1, bank, 10);
			recordLiveAnswer(cls, student, 0, accepted.answer, accepted.streak);
		}
		expect(liveStage(cls, 10)).toBe('reveal');
		expect(cls.tally[0]).toEqual([0, 2, 0, 0]);
	});

	it('reveals a timed question when its time and the grace period are over, from the clock alone', () => {
		const cls = liveClass(true);
		cls.live = teacherMove(cls, 'start', 0);
		const end = timeLimitSeconds * 1000 + lateGraceMs;
		expect(liveStage(cls, end)).toBe('question');
		expect(nextAutomaticChange(cls, 0)).toBe(end + 1);
		expect(liveStage(cls, end + 1)).toBe('reveal');
	});
});

describe('live answers', () => {
	it('scores a right answer with the speed bonus and keeps a streak across questions', () => {
		const cls = liveClass(true);
		cls.live = teacherMove(cls, 'start', 0);
		const student = cls.students.s0!;
		const first = acceptLiveAnswer(cls, student, 0, 1, bank, 0);
		expect(first.answer).toMatchObject({ correct: true, points: 150, speedBonus: 50, choice: 1 });
		recordLiveAnswer(cls, student, 0, first.answer, first.streak);
		cls.live = teacherMove(cls, 'close', 1);
		cls.live = teacherMove(cls, 'next', 2);
		const second = acceptLiveAnswer(cls, student, 1, 1, bank, 2);
		expect(second.streak).toBe(2);
		expect(second.answer.streakBonus).toBe(10);
	});

	it('refuses answers before the start, twice, to another question, after closing, out of range', () => {
		const cls = liveClass(true);
		const student = cls.students.s0!;
		refused('notStarted', () => acceptLiveAnswer(cls, student, 0, 1, bank, 0));
		cls.live = teacherMove(cls, 'start', 0);
		refused('notCurrent', () => acceptLiveAnswer(cls, student, 1, 1, bank, 0));
		refused('badChoice', () => acceptLiveAnswer(cls, student, 0, 4, bank, 0));
		refused('badChoice', () => acceptLiveAnswer(cls, student, 0, 0.5, bank, 0));
		const ok = acceptLiveAnswer(cls, student, 0, 2, bank, 5);
		recordLiveAnswer(cls, student, 0, ok.answer, ok.streak);
		refused('alreadyAnswered', () => acceptLiveAnswer(cls, student, 0, 1, bank, 6));
		const late = cls.students.s1!;
		refused('timeUp', () => acceptLiveAnswer(cls, late, 0, 1, bank, 60_000));
		cls.live = teacherMove(cls, 'close', 7);
		refused('closed', () => acceptLiveAnswer(cls, late, 0, 1, bank, 8));
		cls.live = teacherMove(cls, 'finish', 9);
		refused('finished', () => acceptLiveAnswer(cls, late, 0, 1, bank, 10));
	});
});
