// Results of a class, for the dashboard, the leaderboard and the CSV: computed when a page asks,
// from the tally kept with each answer and from the students' own records.
import type { ClassRecord, ClassStudent } from './types';

/** What the aggregation needs to know about a question from the bank. */
export interface QuestionKey {
	answer: number;
	optionCount: number;
}

export interface QuestionStats {
	index: number;
	id: string;
	answered: number;
	correct: number;
	/** Right answers over answers given, 0 to 1; null when nobody answered. */
	ratio: number | null;
	/** How many chose each option. */
	distribution: number[];
	/** The wrong option chosen most often (the lowest index on a tie), or null when none was. */
	commonWrong: number | null;
}

export function questionStats(
	cls: Pick<ClassRecord, 'questions' | 'tally'>,
	keys: readonly QuestionKey[]
): QuestionStats[] {
	return cls.questions.map((id, index) => {
		const key = keys[index] as QuestionKey;
		const counts = cls.tally[index] ?? [];
		const distribution = Array.from({ length: key.optionCount }, (_, i) => counts[i] ?? 0);
		const answered = distribution.reduce((sum, count) => sum + count, 0);
		const correct = distribution[key.answer] ?? 0;
		let commonWrong: number | null = null;
		for (const [option, count] of distribution.entries()) {
			if (option === key.answer || count === 0) continue;
			if (commonWrong === null || count > (distribution[commonWrong] ?? 0)) commonWrong = option;
		}
		return {
			index,
			id,
			answered,
			correct,
			ratio: answered === 0 ? null : correct / answered,
			distribution,
			commonWrong
		};
	});
}

/** Lowest share of right answers first; questions nobody answered go last, in class order. */
export function hardestFirst(stats: readonly QuestionStats[]): QuestionStats[] {
	return [...stats].sort((a, b) => {
		if (a.ratio === null || b.ratio === null) {
			return (a.ratio === null ? 1 : 0) - (b.ratio === null ? 1 : 0) || a.index - b.index;
		}
		return a.ratio - b.ratio || a.index - b.index;
	});
}

export interface Standing {
	id: string;
	nickname: string;
	score: number;
	correct: number;
	answered: number;
	/** 1-based; students with the same score share a place. */
	rank: number;
	finished: boolean;
}

function standingOf(student: ClassStudent): Omit<Standing, 'rank'> {
	let correct = 0;
	let answered = 0;
	for (const answer of student.answers) {
		if (!answer) continue;
		if (answer.choice !== null) answered += 1;
		if (answer.correct) correct += 1;
	}
	return {
		id: student.id,
		nickname: student.nickname,
		score: student.score,
		correct,
		answered,
		finished: student.finishedAt !== null
	};
}

/** Highest score first; on a tie, more right answers, then whoever joined first. */
export function standings(cls: Pick<ClassRecord, 'students' | 'roster'>): Standing[] {
	const rows = cls.roster
		.map((id, order) => ({ order, row: standingOf(cls.students[id] as ClassStudent) }))
		.sort(
			(a, b) => b.row.score - a.row.score || b.row.correct - a.row.correct || a.order - b.order
		);
	let rank = 0;
	let previous: number | null = null;
	return rows.map(({ row }, position) => {
		if (row.score !== previous) rank = position + 1;
		previous = row.score;
		return { ...row, rank };
	});
}
