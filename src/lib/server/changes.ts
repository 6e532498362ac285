// The app's changes that are saved as data, one journal line each (see store.ts): a class answer, a
// step of an assignment, a solo game's move. Each holds what was decided (the scored answer, the new
// game record), not the request, so applying it again at a restart needs neither the question bank
// nor the clock and gives exactly what was acknowledged. `applyChange` is the one place they change
// the data, in memory and at replay alike.
import type { StudentProgress } from '$lib/classroom/assignment';
import { countAnswer, recordLiveAnswer } from '$lib/classroom/record';
import type { ClassRecord, ClassStudent } from '$lib/classroom/types';
import type { AnswerRecord, GameRecord } from '$lib/game/game';
import type { LeaderboardEntry } from '$lib/game/leaderboard';
import {
	answerFields,
	arrayOf,
	fieldProblem,
	isCount,
	isRecord,
	isString,
	orNull,
	type Check
} from './record-checks';
import { appSchema, entryProblem, gameProblem, type AppData } from './schema';
import type { Journal, Schema } from './store';

/** A live game's answer, scored. */
export interface LiveAnswerChange {
	kind: 'liveAnswer';
	classId: string;
	studentId: string;
	index: number;
	answer: AnswerRecord;
	/** The student's run of right answers including this one. */
	streak: number;
}

/** An assignment student's answer or move to the next question: their progress afterwards. */
export interface AssignmentChange extends Omit<StudentProgress, 'added'> {
	kind: 'assignment';
	classId: string;
	studentId: string;
	/** The question the move was about (the tally row of an added answer). */
	index: number;
	added: AnswerRecord | null;
}

/** A solo game's move: the game afterwards, and its leaderboard entry if the move finished it. */
export interface SoloMoveChange {
	kind: 'soloMove';
	game: GameRecord;
	finished: LeaderboardEntry | null;
}

export type SavedChange = LiveAnswerChange | AssignmentChange | SoloMoveChange;

const isAnswer: Check = (value) => fieldProblem('', value, answerFields) === null;

const liveAnswerFields: Record<keyof LiveAnswerChange, [Check, string]> = {
	kind: [(value) => value === 'liveAnswer', '"liveAnswer"'],
	classId: [isString, 'a string'],
	studentId: [isString, 'a string'],
	index: [isCount, 'a whole number ≥ 0'],
	answer: [isAnswer, 'an answer'],
	streak: [isCount, 'a whole number ≥ 0']
};

const assignmentFields: Record<keyof AssignmentChange, [Check, string]> = {
	kind: [(value) => value === 'assignment', '"assignment"'],
	classId: [isString, 'a string'],
	studentId: [isString, 'a string'],
	index: [isCount, 'a whole number ≥ 0'],
	answers: [arrayOf(orNull(isAnswer)), 'a list of answers or nulls'],
	current: [isCount, 'a whole number ≥ 0'],
	shownAt: [isCount, 'a time in milliseconds'],
	finishedAt: [orNull(isCount), 'a time in milliseconds or null'],
	score: [isCount, 'a whole number ≥ 0'],
	streak: [isCount, 'a whole number ≥ 0'],
	added: [orNull(isAnswer), 'an answer or null']
};

export function changeProblem(change: unknown): string | null {
	if (!isRecord(change)) return 'the change is not an object';
	switch (change.kind) {
		case 'liveAnswer':
			return fieldProblem('change', change, liveAnswerFields);
		case 'assignment':
			return fieldProblem('change', change, assignmentFields);
		case 'soloMove': {
			const { game, finished } = change;
			if (!isRecord(game)) return 'change.game is not an object';
			const problem = gameProblem(String(game.id), game);
			if (problem) return `change: ${problem}`;
			return finished === null ? null : entryProblem('change.finished', finished);
		}
		default:
			return `the change's kind ${JSON.stringify(change.kind)} is unknown`;
	}
}

function classIn(data: AppData, id: string, mode: ClassRecord['mode']): ClassRecord {
	const cls = data.classes && Object.hasOwn(data.classes, id) ? data.classes[id] : undefined;
	if (!cls) throw new Error(`class ${id} is not saved`);
	if (cls.mode !== mode)
		throw new Error(`class ${id} is not ${mode === 'live' ? 'a live' : 'an assignment'} class`);
	return cls;
}

function studentIn(cls: ClassRecord, id: string): ClassStudent {
	const student = Object.hasOwn(cls.students, id) ? cls.students[id] : undefined;
	if (!student) throw new Error(`student ${id} is not in class ${cls.id}`);
	return student;
}

/** Applies a change. Throws, before changing anything, if it does not fit the data. */
export function applyChange(data: AppData, change: SavedChange): void {
	switch (change.kind) {
		case 'liveAnswer': {
			const cls = classIn(data, change.classId, 'live');
			const student = studentIn(cls, change.studentId);
			if (change.index >= cls.questions.length) throw new Error(`no question ${change.index}`);
			if (student.answers[change.index]) {
				throw new Error(`student ${student.id} has already answered question ${change.index}`);
			}
			recordLiveAnswer(cls, student, change.index, change.answer, change.streak);
			return;
		}
		case 'assignment': {
			const cls = classIn(data, change.classId, 'assignment');
			const student = studentIn(cls, change.studentId);
			if (change.answers.length !== cls.questions.length) {
				throw new Error('the answers do not have one slot per question');
			}
			if (change.index >= cls.questions.length) throw new Error(`no question ${change.index}`);
			student.answers = change.answers;
			student.current = change.current;
			student.shownAt = change.shownAt;
			student.finishedAt = change.finishedAt;
			student.score = change.score;
			student.streak = change.streak;
			if (change.added) countAnswer(cls, change.index, change.added);
			return;
		}
		case 'soloMove': {
			const { game, finished } = change;
			const saved = Object.hasOwn(data.games, game.id) ? data.games[game.id] : undefined;
			if (!saved) throw new Error(`game ${game.id} is not saved`);
			if (finished && (finished.game !== game.id || saved.finishedAt !== null)) {
				throw new Error(`game ${game.id} cannot join the leaderboard now`);
			}
			data.games[game.id] = game;
			if (finished) data.leaderboard.push(finished);
			return;
		}
	}
}

export const appJournal: Journal<AppData, SavedChange> = {
	problem: changeProblem,
	apply: applyChange
};

/** The data file's schema with its journal: what the server opens. */
export const appStorage: Schema<AppData, SavedChange> = { ...appSchema, journal: appJournal };
