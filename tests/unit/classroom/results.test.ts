import { describe, expect, it } from 'vitest';
import { hardestFirst, questionStats, standings } from '$lib/classroom/results';
import { newClassRecord, newStudent, seatStudent } from '$lib/classroom/record';

describe('results', () => {
	const cls = newClassRecord(
		{
			id: 'c',
			code: '123456',
			teacherToken: 't',
			mode: 'live',
			timed: false,
			questions: [
				{ id: 'q1', optionCount: 4 },
				{ id: 'q2', optionCount: 4 },
				{ id: 'q3', optionCount: 4 }
			],
			deadline: null
		},
		0
	);
	cls.tally = [
		[3, 1, 0, 0],
		[1, 2, 2, 0],
		[0, 0, 0, 0]
	];
	const keys = [
		{ answer: 0, optionCount: 4 },
		{ answer: 0, optionCount: 4 },
		{ answer: 3, optionCount: 4 }
	];

	it('gives each question its share right, distribution and most-chosen wrong answer', () => {
		const [q1, q2, q3] = questionStats(cls, keys);
		expect(q1).toMatchObject({ answered: 4, correct: 3, ratio: 0.75, commonWrong: 1 });
		expect(q2).toMatchObject({ answered: 5, correct: 1, ratio: 0.2, commonWrong: 1 });
		expect(q3).toMatchObject({ answered: 0, ratio: null, commonWrong: null });
	});

	it('puts the hardest questions first and unanswered ones last', () => {
		expect(hardestFirst(questionStats(cls, keys)).map((s) => s.id)).toEqual(['q2', 'q1', 'q3']);
	});

	it('ranks students by score, sharing places on a tie', () => {
		for (const [id, score] of [
			['a', 100],
			['b', 250],
			['c', 100]
		] as const) {
			const student = newStudent(cls, id, 'seat', id.toUpperCase(), 0);
			student.score = score;
			seatStudent(cls, student);
		}
		expect(standings(cls).map((s) => [s.nickname, s.rank])).toEqual([
			['B', 1],
			['A', 2],
			['C', 2]
		]);
	});
});
