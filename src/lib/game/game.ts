// A solo game's rules as one pure class, in the manner of sverdle's Game: built from the saved record,
// changed by `answer` and `next`, written back with `toRecord()`. It works on its own copy, so a
// refused move (it throws GameRuleError) leaves the saved record exactly as it was.
import { lateGraceMs, scoreAnswer, timeLimitSeconds, type AnswerScore } from './scoring';
import type { QuestionKind } from './types';

export interface AnswerRecord {
	question: string;
	/** The option chosen, or null when the time ran out first. */
	choice: number | null;
	correct: boolean;
	points: number;
	speedBonus: number;
	streakBonus: number;
	/** Server time from showing the question to receiving the answer. */
	elapsedMs: number;
	answeredAt: number;
}

/** The saved form of a scored answer; solo games and class games store the same record. */
export function answerRecord(
	question: string,
	choice: number | null,
	score: AnswerScore,
	elapsedMs: number,
	answeredAt: number
): AnswerRecord {
	const { correct, points, speedBonus, streakBonus } = score;
	return { question, choice, correct, points, speedBonus, streakBonus, elapsedMs, answeredAt };
}

export interface GameRecord {
	id: string;
	createdAt: number;
	nickname: string | null;
	timed: boolean;
	/** The chosen article, or null for all. */
	article: string | null;
	kinds: QuestionKind[];
	/** How many questions the player asked for; `questions` may hold fewer when fewer matched. */
	requested: number;
	questions: string[];
	/** Index in `questions` of the question on screen. */
	current: number;
	/** Server time when the current question was first shown. */
	shownAt: number;
	answers: AnswerRecord[];
	finishedAt: number | null;
}

export type GameRule =
	| 'gameOver'
	| 'notInGame'
	| 'alreadyAnswered'
	| 'notCurrent'
	| 'timeUp'
	| 'badChoice'
	| 'notAnswered';

/** A move the rules refuse; `rule` is also the key of the message shown to the player. */
export class GameRuleError extends Error {
	constructor(readonly rule: GameRule) {
		super(`Move refused: ${rule}`);
		this.name = 'GameRuleError';
	}
}

/** 'asking': waiting for an answer; 'expired': its time ran out unanswered; 'answered': feedback. */
export type Phase = 'asking' | 'expired' | 'answered';

export interface GameSummary {
	score: number;
	correct: number;
	answered: number;
	total: number;
	/** Right answers over questions played, 0 to 1. */
	accuracy: number;
	streak: number;
	bestStreak: number;
	/** Time spent answering: the sum over questions of show-to-answer time. */
	timeMs: number;
}

export class SoloGame {
	#record: GameRecord;

	constructor(record: GameRecord) {
		this.#record = structuredClone(record);
	}

	get id(): string {
		return this.#record.id;
	}

	get timed(): boolean {
		return this.#record.timed;
	}

	get finished(): boolean {
		return this.#record.finishedAt !== null;
	}

	get currentIndex(): number {
		return this.#record.current;
	}

	get currentQuestion(): string {
		return this.#record.questions[this.#record.current] ?? '';
	}

	/** The answer to the question on screen, once given. */
	get currentAnswer(): AnswerRecord | null {
		return this.#record.answers[this.#record.current] ?? null;
	}

	get isLast(): boolean {
		return this.#record.current === this.#record.questions.length - 1;
	}

	/** Server time after which an answer to the current question is refused; null when untimed. */
	get deadline(): number | null {
		return this.#record.timed ? this.#record.shownAt + timeLimitSeconds * 1000 : null;
	}

	phase(now: number): Phase {
		if (this.currentAnswer) return 'answered';
		const deadline = this.deadline;
		return deadline !== null && now > deadline + lateGraceMs ? 'expired' : 'asking';
	}

	/**
	 * Records the answer to `questionId`. `correctChoice` and `optionCount` come from the bank.
	 * Every check comes before the first change, in the order that gives the most useful message.
	 */
	answer(
		questionId: string,
		choice: number,
		correctChoice: number,
		optionCount: number,
		now: number
	): AnswerRecord {
		const record = this.#record;
		const index = record.questions.indexOf(questionId);
		if (index === -1) throw new GameRuleError('notInGame');
		if (record.answers[index]) throw new GameRuleError('alreadyAnswered');
		if (this.finished) throw new GameRuleError('gameOver');
		if (index !== record.current) throw new GameRuleError('notCurrent');
		if (this.phase(now) === 'expired') throw new GameRuleError('timeUp');
		if (!Number.isInteger(choice) || choice < 0 || choice >= optionCount) {
			throw new GameRuleError('badChoice');
		}
		const elapsedMs = Math.max(0, now - record.shownAt);
		const score = scoreAnswer({
			correct: choice === correctChoice,
			timed: record.timed,
			elapsedMs,
			streakBefore: this.summary().streak
		});
		return this.#settle(answerRecord(questionId, choice, score, elapsedMs, now));
	}

	/** Moves on to the next question; a question whose time ran out is recorded as missed first. */
	next(now: number): void {
		const record = this.#record;
		const phase = this.phase(now);
		if (phase === 'asking') throw new GameRuleError('notAnswered');
		if (phase === 'expired') {
			this.#settle({
				question: this.currentQuestion,
				choice: null,
				correct: false,
				points: 0,
				speedBonus: 0,
				streakBonus: 0,
				elapsedMs: timeLimitSeconds * 1000,
				answeredAt: now
			});
		}
		if (this.isLast) return;
		record.current += 1;
		record.shownAt = now;
	}

	#settle(answer: AnswerRecord): AnswerRecord {
		const record = this.#record;
		record.answers.push(answer);
		if (record.answers.length === record.questions.length) record.finishedAt = answer.answeredAt;
		return answer;
	}

	summary(): GameSummary {
		const { answers, questions } = this.#record;
		let streak = 0;
		let bestStreak = 0;
		let score = 0;
		let correct = 0;
		let timeMs = 0;
		for (const answer of answers) {
			streak = answer.correct ? streak + 1 : 0;
			bestStreak = Math.max(bestStreak, streak);
			score += answer.points;
			if (answer.correct) correct += 1;
			timeMs += answer.elapsedMs;
		}
		return {
			score,
			correct,
			answered: answers.length,
			total: questions.length,
			accuracy: answers.length === 0 ? 0 : correct / answers.length,
			streak,
			bestStreak,
			timeMs
		};
	}

	toRecord(): GameRecord {
		return structuredClone(this.#record);
	}
}

export function newGameRecord(
	id: string,
	setup: {
		nickname: string | null;
		timed: boolean;
		article: string | null;
		kinds: QuestionKind[];
		count: number;
	},
	questions: string[],
	now: number
): GameRecord {
	return {
		id,
		createdAt: now,
		nickname: setup.nickname,
		timed: setup.timed,
		article: setup.article,
		kinds: setup.kinds,
		requested: setup.count,
		questions,
		current: 0,
		shownAt: now,
		answers: [],
		finishedAt: null
	};
}
