// Solo games on top of the data file: create, look up, answer, move on. Each move is one Store update
// that reads the saved game, lets the pure SoloGame apply the rules, and writes the result back, so
// a move is acknowledged only once it is on disk and a restarted server resumes every game.
import { randomBytes } from 'node:crypto';
import { GameRuleError, SoloGame, newGameRecord, type GameRecord } from '$lib/game/game';
import { placeOf, ranked, type LeaderboardEntry } from '$lib/game/leaderboard';
import { pickQuestions, type GameSetup } from '$lib/game/setup';
import { questionBank } from './bank';
import { database } from './db';

/** 128 random bits, URL-safe: the game's id is also the only key to it. */
export function newGameId(): string {
	return randomBytes(16).toString('base64url');
}

const idPattern = /^[A-Za-z0-9_-]{22}$/;

function randomUnit(): number {
	return randomBytes(4).readUInt32BE() / 2 ** 32;
}

export type CreateResult = { ok: true; game: GameRecord } | { ok: false; reason: 'noneMatch' };

export async function createGame(setup: GameSetup, now = Date.now()): Promise<CreateResult> {
	const bank = questionBank();
	const questions = pickQuestions(
		bank.matching(setup.kinds, setup.article),
		setup.count,
		randomUnit
	);
	if (questions.length === 0) return { ok: false, reason: 'noneMatch' };
	const record = newGameRecord(
		newGameId(),
		setup,
		questions.map((q) => q.id),
		now
	);
	const db = await database();
	await db.update((data) => {
		data.games[record.id] = record;
	});
	return { ok: true, game: record };
}

export async function findGame(id: string): Promise<GameRecord | null> {
	if (!idPattern.test(id)) return null;
	const db = await database();
	return db.data.games[id] ?? null;
}

function leaderboardEntry(game: SoloGame, record: GameRecord): LeaderboardEntry {
	const summary = game.summary();
	return {
		game: record.id,
		nickname: record.nickname,
		score: summary.score,
		correct: summary.correct,
		total: summary.total,
		timed: record.timed,
		timeMs: summary.timeMs,
		finishedAt: record.finishedAt ?? 0
	};
}

/**
 * Applies one move to a saved game, saved as one journal line (see changes.ts); a finished game
 * joins the leaderboard in the same line.
 */
async function move(id: string, apply: (game: SoloGame) => void): Promise<GameRecord> {
	const db = await database();
	return db.record((data) => {
		const saved = Object.hasOwn(data.games, id) ? data.games[id] : undefined;
		if (!saved) throw new GameRuleError('notInGame');
		const game = new SoloGame(saved);
		apply(game);
		const record = game.toRecord();
		const finished =
			record.finishedAt !== null && saved.finishedAt === null
				? leaderboardEntry(game, record)
				: null;
		return { change: { kind: 'soloMove', game: record, finished }, result: () => record };
	});
}

export function answerQuestion(
	id: string,
	questionId: string,
	choice: number,
	now = Date.now()
): Promise<GameRecord> {
	const question = questionBank().question(questionId);
	return move(id, (game) => {
		if (!question) throw new GameRuleError('notInGame');
		game.answer(questionId, choice, question.answer, question.options.length, now);
	});
}

export function nextQuestion(id: string, now = Date.now()): Promise<GameRecord> {
	return move(id, (game) => game.next(now));
}

export async function leaderboard(): Promise<{
	timed: LeaderboardEntry[];
	untimed: LeaderboardEntry[];
}> {
	const db = await database();
	return { timed: ranked(db.data.leaderboard, true), untimed: ranked(db.data.leaderboard, false) };
}

export async function leaderboardPlace(id: string): Promise<{ place: number; of: number } | null> {
	const db = await database();
	return placeOf(db.data.leaderboard, id);
}
