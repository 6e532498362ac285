// Building and changing class records. The storage module calls these inside one Store update,
// after every check has passed, so each function here only mutates.
import type { AnswerRecord } from '$lib/game/game';
import { lobbyState } from './live';
import { nicknameKey } from './nickname';
import type { ClassMode, ClassRecord, ClassStudent } from './types';

export interface NewClass {
	id: string;
	code: string;
	teacherToken: string;
	mode: ClassMode;
	timed: boolean;
	/** Question ids with their number of options (for the tally). */
	questions: { id: string; optionCount: number }[];
	deadline: number | null;
}

export function newClassRecord(spec: NewClass, now: number): ClassRecord {
	return {
		id: spec.id,
		code: spec.code,
		teacherToken: spec.teacherToken,
		createdAt: now,
		mode: spec.mode,
		timed: spec.timed,
		questions: spec.questions.map((q) => q.id),
		live: lobbyState(now),
		hideLeaderboard: false,
		deadline: spec.deadline,
		closedAt: null,
		students: {},
		roster: [],
		nicknames: {},
		tally: spec.questions.map((q) => Array.from({ length: q.optionCount }, () => 0))
	};
}

export function newStudent(
	cls: Pick<ClassRecord, 'questions'>,
	id: string,
	seat: string,
	nickname: string,
	now: number
): ClassStudent {
	return {
		id,
		seat,
		nickname,
		joinedAt: now,
		answers: cls.questions.map(() => null),
		score: 0,
		streak: 0,
		current: 0,
		shownAt: now,
		finishedAt: null
	};
}

export function seatStudent(cls: ClassRecord, student: ClassStudent): void {
	cls.students[student.id] = student;
	cls.roster.push(student.id);
	cls.nicknames[nicknameKey(student.nickname)] = student.id;
}

export function countAnswer(cls: ClassRecord, index: number, answer: AnswerRecord): void {
	if (answer.choice === null) return;
	const row = cls.tally[index];
	if (row && answer.choice < row.length) row[answer.choice] = (row[answer.choice] ?? 0) + 1;
}

export function recordLiveAnswer(
	cls: ClassRecord,
	student: ClassStudent,
	index: number,
	answer: AnswerRecord,
	streak: number
): void {
	student.answers[index] = answer;
	student.score += answer.points;
	student.streak = streak;
	countAnswer(cls, index, answer);
}
