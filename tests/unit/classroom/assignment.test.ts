import { describe, expect, it } from 'vitest';
import {
	acceptAssignmentAnswer,
	assignmentOpen,
	nextAssignmentQuestion
} from '$lib/classroom/assignment';
import { countAnswer, newClassRecord, newStudent, seatStudent } from '$lib/classroom/record';
import { ClassRuleError, type ClassRecord, type ClassStudent } from '$lib/classroom/types';

const bank = { answer: 0, optionCount: 3 };

function assignment(deadline: number | null): { cls: ClassRecord; student: ClassStudent } {
	const cls = newClassRecord(
		{
			id: 'c',
			code: '654321',
			teacherToken: 't',
			mode: 'assignment',
			timed: false,
			questions: [
				{ id: 'q1', optionCount: 3 },
				{ id: 'q2', optionCount: 3 }
			],
			deadline
		},
		0
	);
	const student = newStudent(cls, 's', 'seat', 'Sam', 0);
	seatStudent(cls, student);
	return { cls, student };
}

function apply(student: ClassStudent, progress: ReturnType<typeof nextAssignmentQuestion>): void {
	Object.assign(student, {
		answers: progress.answers,
		current: progress.current,
		shownAt: progress.shownAt,
		finishedAt: progress.finishedAt,
		score: progress.score,
		streak: progress.streak
	});
}

describe('assignment mode', () => {
	it('plays the questions in order at the student’s pace, by the solo rules', () => {
		const { cls, student } = assignment(null);
		const first = acceptAssignmentAnswer(cls, student, 0, 0, bank, 100);
		expect(first.added).toMatchObject({ question: 'q1', correct: true, points: 100 });
		apply(student, first);
		countAnswer(cls, 0, first.added!);
		expect(() => acceptAssignmentAnswer(cls, student, 0, 1, bank, 101)).toThrow(ClassRuleError);
		apply(student, nextAssignmentQuestion(cls, student, 200));
		const second = acceptAssignmentAnswer(cls, student, 1, 2, bank, 300);
		apply(student, second);
		expect(student.finishedAt).toBe(300);
		expect(student.answers.map((a) => a?.choice)).toEqual([0, 2]);
		expect(student.score).toBe(100);
		expect(cls.tally[0]).toEqual([1, 0, 0]);
	});

	it('refuses answers after the deadline or once closed', () => {
		const { cls, student } = assignment(1000);
		expect(assignmentOpen(cls, 1000)).toBe(true);
		expect(assignmentOpen(cls, 1001)).toBe(false);
		expect(() => acceptAssignmentAnswer(cls, student, 0, 0, bank, 1001)).toThrow(/closed/);
		cls.deadline = null;
		cls.closedAt = 5;
		expect(() => acceptAssignmentAnswer(cls, student, 0, 0, bank, 10)).toThrow(/closed/);
	});
});
