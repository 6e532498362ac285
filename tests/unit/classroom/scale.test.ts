// 500 students in one live game: each answer is checked and counted without visiting the other
// students, so a whole game of answers stays cheap.
import { describe, expect, it } from 'vitest';
import { acceptLiveAnswer, answeredCount, liveStage, teacherMove } from '$lib/classroom/live';
import { newClassRecord, newStudent, recordLiveAnswer, seatStudent } from '$lib/classroom/record';
import { questionStats, standings } from '$lib/classroom/results';

describe('a class of 500', () => {
	it('takes 500 answers to each of 20 questions, then ranks everyone', () => {
		const questions = Array.from({ length: 20 }, (_, i) => ({ id: `q${i}`, optionCount: 4 }));
		const cls = newClassRecord(
			{
				id: 'c',
				code: '123456',
				teacherToken: 't',
				mode: 'live',
				timed: true,
				questions,
				deadline: null
			},
			0
		);
		for (let i = 0; i < 500; i++)
			seatStudent(cls, newStudent(cls, `s${i}`, 'seat', `Student ${i}`, 0));
		const started = performance.now();
		let now = 0;
		cls.live = teacherMove(cls, 'start', now);
		for (let q = 0; q < 20; q++) {
			for (const id of cls.roster) {
				const student = cls.students[id]!;
				const accepted = acceptLiveAnswer(
					cls,
					student,
					q,
					q % 4,
					{ answer: 0, optionCount: 4 },
					now + 10
				);
				recordLiveAnswer(cls, student, q, accepted.answer, accepted.streak);
			}
			expect(answeredCount(cls, q)).toBe(500);
			expect(liveStage(cls, now + 10)).toBe('reveal');
			now += 30_000;
			cls.live = teacherMove(cls, 'next', now);
		}
		const ranked = standings(cls);
		const stats = questionStats(
			cls,
			questions.map(() => ({ answer: 0, optionCount: 4 }))
		);
		const elapsed = performance.now() - started;
		expect(liveStage(cls, now)).toBe('finished');
		expect(ranked).toHaveLength(500);
		expect(stats[0]).toMatchObject({ answered: 500, correct: 500, ratio: 1 });
		expect(stats[1]).toMatchObject({ answered: 500, correct: 0, commonWrong: 1 });
		// 10,000 answers: well under a second even on a slow classroom laptop.
		expect(elapsed).toBeLessThan(1000);
	});
});
