// The shape of the app's data file, and the check run on it at every start.
// Each collection is validated record by record so a hand-edited file is refused with the exact place
// that is wrong, instead of crashing later on a missing field.
import type { GameRecord } from '$lib/game/game';
import type { LeaderboardEntry } from '$lib/game/leaderboard';
import { isQuestionKind } from '$lib/game/types';
import { classesProblem, type ClassCollection } from './classroom-schema';
import {
	answerFields,
	arrayOf,
	fieldProblem,
	isBoolean,
	isCount,
	isInteger,
	isRecord,
	isString,
	isTime,
	orNull,
	type Check
} from './record-checks';

export const DATA_VERSION = 1;

/** Everything the app saves. */
export interface AppData {
	version: typeof DATA_VERSION;
	/** Solo games by their unguessable id, with their answers. */
	games: Record<string, GameRecord>;
	/** One entry per finished game, in the order they finished. */
	leaderboard: LeaderboardEntry[];
	/** Class games by id (see classroom-schema.ts). Absent in files saved before classes existed. */
	classes?: ClassCollection;
}

export function emptyData(): AppData {
	return { version: DATA_VERSION, games: {}, leaderboard: [], classes: {} };
}

const gameFields: Record<keyof GameRecord, [Check, string]> = {
	id: [isString, 'a string'],
	createdAt: [isTime, 'a time in milliseconds'],
	nickname: [orNull(isString), 'a string or null'],
	timed: [isBoolean, 'true or false'],
	article: [orNull(isString), 'a string or null'],
	kinds: [arrayOf(isQuestionKind), 'a list of question kinds'],
	requested: [isCount, 'a whole number ≥ 0'],
	questions: [arrayOf(isString), 'a list of question ids'],
	current: [isCount, 'a whole number ≥ 0'],
	shownAt: [isTime, 'a time in milliseconds'],
	answers: [Array.isArray, 'a list'],
	finishedAt: [orNull(isTime), 'a time in milliseconds or null']
};

const entryFields: Record<keyof LeaderboardEntry, [Check, string]> = {
	game: [isString, 'a string'],
	nickname: [orNull(isString), 'a string or null'],
	score: [isInteger, 'a whole number'],
	correct: [isCount, 'a whole number ≥ 0'],
	total: [isCount, 'a whole number ≥ 0'],
	timed: [isBoolean, 'true or false'],
	timeMs: [isCount, 'a whole number ≥ 0'],
	finishedAt: [isTime, 'a time in milliseconds']
};

/** What is wrong with a leaderboard entry, or null. */
export function entryProblem(where: string, entry: unknown): string | null {
	return fieldProblem(where, entry, entryFields);
}

/** What is wrong with a saved solo game under `games[id]`, or null. */
export function gameProblem(id: string, game: unknown): string | null {
	const where = `games["${id}"]`;
	const problem = fieldProblem(where, game, gameFields);
	if (problem) return problem;
	const record = game as GameRecord;
	if (record.id !== id) return `${where}.id is "${record.id}", not its key "${id}"`;
	if (record.answers.length > record.questions.length) {
		return `${where} has more answers than questions`;
	}
	if (record.questions.length > 0 && record.current >= record.questions.length) {
		return `${where}.current is past its last question`;
	}
	for (const [index, answer] of record.answers.entries()) {
		const answerProblem = fieldProblem(`${where}.answers[${index}]`, answer, answerFields);
		if (answerProblem) return answerProblem;
		if (answer.question !== record.questions[index]) {
			return `${where}.answers[${index}] answers "${answer.question}", not question ${index} "${record.questions[index]}"`;
		}
	}
	return null;
}

export function dataProblem(data: unknown): string | null {
	if (!isRecord(data)) return 'it does not hold a JSON object';
	if (data.version !== DATA_VERSION) {
		return `its version is ${JSON.stringify(data.version)}, expected ${DATA_VERSION}`;
	}
	if (!isRecord(data.games)) return '"games" is missing or is not an object';
	for (const [id, game] of Object.entries(data.games)) {
		if (!isRecord(game)) return `games["${id}"] is not an object`;
		const problem = gameProblem(id, game);
		if (problem) return problem;
	}
	if (!Array.isArray(data.leaderboard)) return '"leaderboard" is missing or is not a list';
	for (const [index, entry] of data.leaderboard.entries()) {
		const problem = entryProblem(`leaderboard[${index}]`, entry);
		if (problem) return problem;
		const game = (entry as LeaderboardEntry).game;
		if (!(game in data.games)) return `leaderboard[${index}].game "${game}" is not a saved game`;
	}
	return classesProblem(data.classes);
}

export const appSchema = { empty: emptyData, problem: dataProblem };
