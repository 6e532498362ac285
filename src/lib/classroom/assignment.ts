// Assignment mode: each student plays the class's questions at their own pace, by the solo game's
// rules (the same SoloGame class), until the deadline or until the teacher closes it.
import { GameRuleError, SoloGame, type AnswerRecord, type GameRecord } from '$lib/game/game';
import { ClassRuleError, type ClassRecord, type ClassStudent } from './types';

type AssignmentClass = Pick<ClassRecord, 'timed' | 'questions' | 'deadline' | 'closedAt'>;

export function assignmentOpen(
	cls: Pick<ClassRecord, 'deadline' | 'closedAt'>,
	now: number
): boolean {
	return cls.closedAt === null && (cls.deadline === null || now <= cls.deadline);
}

/** The student's progress as a solo game record, so SoloGame's rules apply unchanged. */
export function studentGame(cls: AssignmentClass, student: ClassStudent): SoloGame {
	const record: GameRecord = {
		id: student.id,
		createdAt: student.joinedAt,
		nickname: student.nickname,
		timed: cls.timed,
		article: null,
		kinds: [],
		requested: cls.questions.length,
		questions: [...cls.questions],
		current: student.current,
		shownAt: student.shownAt,
		answers: student.answers.filter((answer): answer is AnswerRecord => answer !== null),
		finishedAt: student.finishedAt
	};
	return new SoloGame(record);
}

/** The fields of a student that a move changes, from the game after the move. */
export interface StudentProgress {
	answers: (AnswerRecord | null)[];
	current: number;
	shownAt: number;
	finishedAt: number | null;
	score: number;
	streak: number;
	/** The answer this move added, if any (to update the class tally). */
	added: AnswerRecord | null;
}

function progress(cls: AssignmentClass, before: ClassStudent, game: SoloGame): StudentProgress {
	const record = game.toRecord();
	const answers: (AnswerRecord | null)[] = cls.questions.map((_, i) => record.answers[i] ?? null);
	const summary = game.summary();
	const previous = before.answers.filter((answer) => answer !== null).length;
	return {
		answers,
		current: record.current,
		shownAt: record.shownAt,
		finishedAt: record.finishedAt,
		score: summary.score,
		streak: summary.streak,
		added: record.answers.length > previous ? (record.answers.at(-1) ?? null) : null
	};
}

function solo<T>(apply: () => T): T {
	try {
		return apply();
	} catch (error) {
		if (!(error instanceof GameRuleError)) throw error;
		switch (error.rule) {
			case 'alreadyAnswered':
			case 'notCurrent':
			case 'timeUp':
			case 'badChoice':
			case 'notAnswered':
				throw new ClassRuleError(error.rule);
			case 'gameOver':
				throw new ClassRuleError('finished');
			default:
				throw new ClassRuleError('notCurrent');
		}
	}
}

export function acceptAssignmentAnswer(
	cls: AssignmentClass,
	student: ClassStudent,
	index: number,
	choice: number,
	bank: { answer: number; optionCount: number },
	now: number
): StudentProgress {
	if (!assignmentOpen(cls, now)) throw new ClassRuleError('closed');
	const game = studentGame(cls, student);
	const questionId = cls.questions[index];
	if (questionId === undefined) throw new ClassRuleError('notCurrent');
	solo(() => game.answer(questionId, choice, bank.answer, bank.optionCount, now));
	return progress(cls, student, game);
}

export function nextAssignmentQuestion(
	cls: AssignmentClass,
	student: ClassStudent,
	now: number
): StudentProgress {
	if (!assignmentOpen(cls, now)) throw new ClassRuleError('closed');
	const game = studentGame(cls, student);
	if (game.finished) throw new ClassRuleError('finished');
	solo(() => game.next(now));
	return progress(cls, student, game);
}
