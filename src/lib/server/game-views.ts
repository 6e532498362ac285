// What each game page may see of a saved game. The question on screen goes out without its answer
// until it is answered or out of time: this runs on the server so nobody can read it from the page.
import { SoloGame, type AnswerRecord, type GameRecord } from '$lib/game/game';
import type { PublicQuestion, Reveal } from '$lib/game/types';
import { questionBank, type BankQuestion } from './bank';

export interface PlayView {
	id: string;
	timed: boolean;
	/** 1-based number of the question on screen, and how many there are. */
	number: number;
	total: number;
	requested: number;
	score: number;
	streak: number;
	phase: 'asking' | 'expired' | 'answered';
	isLast: boolean;
	finished: boolean;
	question: PublicQuestion;
	/** Server times: the deadline (timed mode) and now, so the countdown can correct a skewed clock. */
	deadline: number | null;
	serverNow: number;
	answer: AnswerRecord | null;
	reveal: Reveal | null;
}

/** A saved game refers to a question the current bank no longer has (the bank was regenerated). */
export class QuestionGoneError extends Error {
	constructor(readonly question: string) {
		super(`Question ${question} is no longer in the question bank`);
		this.name = 'QuestionGoneError';
	}
}

function bankQuestion(id: string): BankQuestion {
	const question = questionBank().question(id);
	if (!question) throw new QuestionGoneError(id);
	return question;
}

export function playView(record: GameRecord, now: number): PlayView {
	const game = new SoloGame(record);
	const question = bankQuestion(game.currentQuestion);
	const phase = game.phase(now);
	const summary = game.summary();
	return {
		id: record.id,
		timed: record.timed,
		number: game.currentIndex + 1,
		total: record.questions.length,
		requested: record.requested,
		score: summary.score,
		streak: summary.streak,
		phase,
		isLast: game.isLast,
		finished: game.finished,
		question: questionBank().publicQuestion(question),
		deadline: game.deadline,
		serverNow: now,
		answer: game.currentAnswer,
		reveal: phase === 'asking' ? null : questionBank().reveal(question)
	};
}

export interface ReviewItem {
	question: PublicQuestion;
	answer: AnswerRecord | null;
	reveal: Reveal;
}

/** Every question with the player's answer, the right one and the sources: only for a finished game. */
export function reviewItems(record: GameRecord): ReviewItem[] {
	return record.questions.map((id, index) => {
		const question = bankQuestion(id);
		return {
			question: questionBank().publicQuestion(question),
			answer: record.answers[index] ?? null,
			reveal: questionBank().reveal(question)
		};
	});
}
