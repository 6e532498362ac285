// What each class page may see of a saved class. Like the solo game's views, a question goes out
// without its answer until the class is past it: the right option stays on the server until then.
import { networkInterfaces } from 'node:os';
import type { AnswerRecord } from '$lib/game/game';
import type { PublicQuestion, Reveal } from '$lib/game/types';
import { assignmentOpen, studentGame } from '$lib/classroom/assignment';
import { answeredCount, liveDeadline, liveStage, type LiveStage } from '$lib/classroom/live';
import {
	hardestFirst,
	questionStats,
	standings,
	type QuestionStats,
	type Standing
} from '$lib/classroom/results';
import type { ClassMode, ClassRecord, ClassStudent } from '$lib/classroom/types';
import { questionBank } from './bank';
import { classQuestion } from './classroom';

function publicQuestion(cls: ClassRecord, index: number): PublicQuestion {
	return questionBank().publicQuestion(classQuestion(cls.questions[index] as string));
}

function reveal(cls: ClassRecord, index: number): Reveal {
	return questionBank().reveal(classQuestion(cls.questions[index] as string));
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address students type or scan. A teacher who opened the app as "localhost" would project an
 * address no phone can reach, so in that case the computer's first network address is used instead.
 */
export function joinOrigin(url: URL): string {
	if (!loopback.has(url.hostname)) return url.origin;
	for (const addresses of Object.values(networkInterfaces())) {
		for (const address of addresses ?? []) {
			if (address.family === 'IPv4' && !address.internal) {
				return `${url.protocol}//${address.address}${url.port ? `:${url.port}` : ''}`;
			}
		}
	}
	return url.origin;
}

export interface ClassSummary {
	id: string;
	code: string;
	mode: ClassMode;
	timed: boolean;
	total: number;
	students: number;
}

export function classSummary(cls: ClassRecord): ClassSummary {
	return {
		id: cls.id,
		code: cls.code,
		mode: cls.mode,
		timed: cls.timed,
		total: cls.questions.length,
		students: cls.roster.length
	};
}

const leaderboardSize = 10;

export interface HostLiveView {
	stage: LiveStage;
	number: number;
	question: PublicQuestion | null;
	answered: number;
	nicknames: string[];
	distribution: number[] | null;
	reveal: Reveal | null;
	top: Standing[] | null;
	hideLeaderboard: boolean;
	deadline: number | null;
	serverNow: number;
	isLast: boolean;
}

export function hostLiveView(cls: ClassRecord, now: number): HostLiveView {
	const stage = liveStage(cls, now);
	const index = cls.live.current;
	const shows = stage === 'question' || stage === 'reveal' || stage === 'leaderboard';
	const revealed = stage === 'reveal' || stage === 'leaderboard';
	return {
		stage,
		number: index + 1,
		question: shows ? publicQuestion(cls, index) : null,
		answered: answeredCount(cls, index),
		nicknames: cls.roster.map((id) => (cls.students[id] as ClassStudent).nickname),
		distribution: revealed ? [...(cls.tally[index] ?? [])] : null,
		reveal: revealed ? reveal(cls, index) : null,
		top:
			stage === 'leaderboard' || stage === 'finished'
				? standings(cls).slice(0, leaderboardSize)
				: null,
		hideLeaderboard: cls.hideLeaderboard,
		deadline: stage === 'question' ? liveDeadline(cls) : null,
		serverNow: now,
		isLast: index === cls.questions.length - 1
	};
}

export interface HostAssignmentView {
	open: boolean;
	closedAt: number | null;
	deadline: number | null;
	finished: number;
}

export function hostAssignmentView(cls: ClassRecord, now: number): HostAssignmentView {
	let finished = 0;
	for (const id of cls.roster)
		if ((cls.students[id] as ClassStudent).finishedAt !== null) finished += 1;
	return {
		open: assignmentOpen(cls, now),
		closedAt: cls.closedAt,
		deadline: cls.deadline,
		finished
	};
}

/** The student's place among the class: counting who scored more, without sorting everyone. */
function placeOf(cls: ClassRecord, student: ClassStudent): { rank: number; total: number } {
	let above = 0;
	for (const id of cls.roster)
		if ((cls.students[id] as ClassStudent).score > student.score) above += 1;
	return { rank: above + 1, total: cls.roster.length };
}

export interface StudentLiveView {
	mode: 'live';
	stage: LiveStage;
	number: number;
	total: number;
	question: PublicQuestion | null;
	/** The student's answer to the shown question, once it is revealed (null while it is open). */
	answer: AnswerRecord | null;
	/** Whether the student has answered the shown question (known while it is open, unlike the outcome). */
	answered: boolean;
	reveal: Reveal | null;
	deadline: number | null;
	serverNow: number;
	/** The score without the open question's points: right or wrong shows only at the reveal. */
	score: number;
	place: { rank: number; total: number } | null;
	top: Standing[] | null;
}

export function studentLiveView(
	cls: ClassRecord,
	student: ClassStudent,
	now: number
): StudentLiveView {
	const stage = liveStage(cls, now);
	const index = cls.live.current;
	const shows = stage === 'question' || stage === 'reveal' || stage === 'leaderboard';
	const revealed = stage === 'reveal' || stage === 'leaderboard';
	const ranked = stage === 'leaderboard' || stage === 'finished';
	const own = shows ? (student.answers[index] ?? null) : null;
	// While the question is open, an answer's outcome stays sealed: a second seat that answered first
	// would otherwise tell a classmate which option is right.
	const sealed = stage === 'question' && own !== null;
	return {
		mode: 'live',
		stage,
		number: index + 1,
		total: cls.questions.length,
		question: shows ? publicQuestion(cls, index) : null,
		answer: sealed ? null : own,
		answered: own !== null,
		reveal: revealed ? reveal(cls, index) : null,
		deadline: stage === 'question' ? liveDeadline(cls) : null,
		serverNow: now,
		score: sealed ? student.score - own.points : student.score,
		place: ranked && !cls.hideLeaderboard ? placeOf(cls, student) : null,
		top: ranked && !cls.hideLeaderboard ? standings(cls).slice(0, 5) : null
	};
}

export interface StudentAssignmentView {
	mode: 'assignment';
	phase: 'asking' | 'answered' | 'expired';
	open: boolean;
	finished: boolean;
	number: number;
	total: number;
	isLast: boolean;
	question: PublicQuestion;
	answer: AnswerRecord | null;
	reveal: Reveal | null;
	deadline: number | null;
	assignmentDeadline: number | null;
	serverNow: number;
	score: number;
	correct: number;
}

export function studentAssignmentView(
	cls: ClassRecord,
	student: ClassStudent,
	now: number
): StudentAssignmentView {
	const game = studentGame(cls, student);
	const phase = game.phase(now);
	const index = game.currentIndex;
	const summary = game.summary();
	return {
		mode: 'assignment',
		phase,
		open: assignmentOpen(cls, now),
		finished: game.finished,
		number: index + 1,
		total: cls.questions.length,
		isLast: game.isLast,
		question: publicQuestion(cls, index),
		answer: game.currentAnswer,
		reveal: phase === 'asking' ? null : reveal(cls, index),
		deadline: game.deadline,
		assignmentDeadline: cls.deadline,
		serverNow: now,
		score: summary.score,
		correct: summary.correct
	};
}

/** Whether the class is over for this student, so their review may show every answer. */
export function reviewOpen(cls: ClassRecord, student: ClassStudent | null, now: number): boolean {
	if (cls.mode === 'live') return cls.live.phase === 'finished';
	return !assignmentOpen(cls, now) || (student !== null && student.finishedAt !== null);
}

export interface ReviewEntry {
	number: number;
	question: PublicQuestion;
	reveal: Reveal;
	answer: AnswerRecord | null;
	distribution: number[];
}

export function reviewEntries(cls: ClassRecord, student: ClassStudent | null): ReviewEntry[] {
	return cls.questions.map((_, index) => ({
		number: index + 1,
		question: publicQuestion(cls, index),
		reveal: reveal(cls, index),
		answer: student ? (student.answers[index] ?? null) : null,
		distribution: [...(cls.tally[index] ?? [])]
	}));
}

export interface DashboardQuestion extends QuestionStats {
	question: PublicQuestion;
	answer: number;
}

export interface DashboardStudent extends Standing {
	/** Per question: true right, false wrong, null not answered. */
	marks: (boolean | null)[];
}

export interface DashboardView {
	questions: DashboardQuestion[];
	students: DashboardStudent[];
}

export function dashboardView(cls: ClassRecord): DashboardView {
	const bankQuestions = cls.questions.map((id) => classQuestion(id));
	const stats = questionStats(
		cls,
		bankQuestions.map((q) => ({ answer: q.answer, optionCount: q.options.length }))
	);
	return {
		questions: hardestFirst(stats).map((stat) => {
			const question = bankQuestions[stat.index]!;
			return {
				...stat,
				question: questionBank().publicQuestion(question),
				answer: question.answer
			};
		}),
		students: standings(cls).map((standing) => ({
			...standing,
			marks: (cls.students[standing.id] as ClassStudent).answers.map((answer) =>
				answer && answer.choice !== null ? answer.correct : null
			)
		}))
	};
}
