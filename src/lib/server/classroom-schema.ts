// The shape of the saved classes and the check run on them at every start, record by record, so a
// hand-edited file is refused with the exact place that is wrong.
import type { ClassRecord, ClassStudent } from '$lib/classroom/types';
import {
	answerFields,
	arrayOf,
	fieldProblem,
	isBoolean,
	isCount,
	isRecord,
	isString,
	orNull,
	oneOf,
	type Check
} from './record-checks';

export type { ClassRecord, ClassStudent } from '$lib/classroom/types';

/** Saved classes by their id. */
export type ClassCollection = Record<string, ClassRecord>;

const studentFields: Record<keyof ClassStudent, [Check, string]> = {
	id: [isString, 'a string'],
	seat: [isString, 'a string'],
	nickname: [isString, 'a string'],
	joinedAt: [isCount, 'a time in milliseconds'],
	answers: [Array.isArray, 'a list'],
	score: [isCount, 'a whole number ≥ 0'],
	streak: [isCount, 'a whole number ≥ 0'],
	current: [isCount, 'a whole number ≥ 0'],
	shownAt: [isCount, 'a time in milliseconds'],
	finishedAt: [orNull(isCount), 'a time in milliseconds or null']
};

const liveFields: Record<string, [Check, string]> = {
	phase: [oneOf('lobby', 'question', 'leaderboard', 'finished'), 'a live game phase'],
	current: [isCount, 'a whole number ≥ 0'],
	shownAt: [isCount, 'a time in milliseconds'],
	closedAt: [orNull(isCount), 'a time in milliseconds or null']
};

const classFields: Record<keyof ClassRecord, [Check, string]> = {
	id: [isString, 'a string'],
	code: [(value) => typeof value === 'string' && /^[0-9]{6}$/u.test(value), 'six digits'],
	teacherToken: [isString, 'a string'],
	createdAt: [isCount, 'a time in milliseconds'],
	mode: [oneOf('live', 'assignment'), '"live" or "assignment"'],
	timed: [isBoolean, 'true or false'],
	questions: [arrayOf(isString), 'a list of question ids'],
	live: [isRecord, 'an object'],
	hideLeaderboard: [isBoolean, 'true or false'],
	deadline: [orNull(isCount), 'a time in milliseconds or null'],
	closedAt: [orNull(isCount), 'a time in milliseconds or null'],
	students: [isRecord, 'an object'],
	roster: [arrayOf(isString), 'a list of student ids'],
	nicknames: [isRecord, 'an object'],
	tally: [arrayOf(arrayOf(isCount)), 'a list of lists of counts']
};

function studentProblem(
	where: string,
	id: string,
	student: unknown,
	questions: number
): string | null {
	const problem = fieldProblem(where, student, studentFields);
	if (problem) return problem;
	const record = student as ClassStudent;
	if (record.id !== id) return `${where}.id is "${record.id}", not its key "${id}"`;
	if (record.answers.length !== questions)
		return `${where}.answers does not have one slot per question`;
	for (const [index, answer] of record.answers.entries()) {
		if (answer === null) continue;
		const answerProblem = fieldProblem(`${where}.answers[${index}]`, answer, answerFields);
		if (answerProblem) return answerProblem;
	}
	return null;
}

function classProblem(id: string, cls: unknown): string | null {
	const where = `classes["${id}"]`;
	const problem = fieldProblem(where, cls, classFields);
	if (problem) return problem;
	const record = cls as ClassRecord;
	if (record.id !== id) return `${where}.id is "${record.id}", not its key "${id}"`;
	const liveProblem = fieldProblem(`${where}.live`, record.live, liveFields);
	if (liveProblem) return liveProblem;
	if (record.tally.length !== record.questions.length) {
		return `${where}.tally does not have one row per question`;
	}
	const ids = Object.keys(record.students);
	if (ids.length !== record.roster.length || !record.roster.every((s) => s in record.students)) {
		return `${where}.roster does not list exactly its students`;
	}
	for (const [key, student] of Object.entries(record.nicknames)) {
		if (typeof student !== 'string' || !(student in record.students)) {
			return `${where}.nicknames["${key}"] is not one of its students`;
		}
	}
	for (const studentId of ids) {
		const studentIssue = studentProblem(
			`${where}.students["${studentId}"]`,
			studentId,
			record.students[studentId],
			record.questions.length
		);
		if (studentIssue) return studentIssue;
	}
	return null;
}

/** What is wrong with the saved classes, or null. A file saved before classes existed has none. */
export function classesProblem(classes: unknown): string | null {
	if (classes === undefined) return null;
	if (!isRecord(classes)) return '"classes" is not an object';
	for (const [id, cls] of Object.entries(classes)) {
		const problem = classProblem(id, cls);
		if (problem) return problem;
	}
	return null;
}
