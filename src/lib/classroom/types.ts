// What a class game saves. Both modes keep one record per class, with every student's seat and
// answers; the live game's position is saved too, so a restarted server carries on where it was.
import type { AnswerRecord } from '$lib/game/game';

export type ClassMode = 'live' | 'assignment';

/** The saved step of a live game. Whether the question is still open is derived (see `liveStage`). */
export type LivePhase = 'lobby' | 'question' | 'leaderboard' | 'finished';

export interface LiveState {
	phase: LivePhase;
	/** Index of the question on screen (0 in the lobby). */
	current: number;
	/** Server time when the current question was shown. */
	shownAt: number;
	/** Server time when the teacher closed the question early, or null. */
	closedAt: number | null;
}

export interface ClassStudent {
	id: string;
	/** The secret in the student's seat cookie. */
	seat: string;
	nickname: string;
	joinedAt: number;
	/** One slot per question of the class: the answer, or null when not answered (yet). */
	answers: (AnswerRecord | null)[];
	score: number;
	/** Right answers in a row, up to the last answered question. */
	streak: number;
	/** Assignment mode: the student's own question and when it was shown. */
	current: number;
	shownAt: number;
	finishedAt: number | null;
}

export interface ClassRecord {
	id: string;
	/** Six digits; unique among saved classes. */
	code: string;
	/** The secret in the teacher's private link. */
	teacherToken: string;
	createdAt: number;
	mode: ClassMode;
	timed: boolean;
	questions: string[];
	live: LiveState;
	hideLeaderboard: boolean;
	/** Assignment mode: no answers after this server time (null: until the teacher closes it). */
	deadline: number | null;
	/** When the teacher ended the game or closed the assignment. */
	closedAt: number | null;
	students: Record<string, ClassStudent>;
	/** Student ids in the order they joined. */
	roster: string[];
	/** Nickname key (see `nicknameKey`) → student id, for duplicate checks without a scan. */
	nicknames: Record<string, string>;
	/** Per question, per option: how many chose it. Kept up to date with each answer. */
	tally: number[][];
}

/** A move the class rules refuse; `rule` is also the key of the message shown. */
export type ClassRule =
	| 'notStarted'
	| 'closed'
	| 'timeUp'
	| 'notCurrent'
	| 'alreadyAnswered'
	| 'badChoice'
	| 'notAnswered'
	| 'wrongPhase'
	| 'finished';

export class ClassRuleError extends Error {
	constructor(readonly rule: ClassRule) {
		super(`Class move refused: ${rule}`);
		this.name = 'ClassRuleError';
	}
}
