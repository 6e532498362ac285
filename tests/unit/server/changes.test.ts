// The app's journaled changes: each applies what was decided, refuses (before changing anything) a
// change that does not fit the data, and a malformed change is named by changeProblem.
import { describe, expect, test } from 'vitest';
import { newClassRecord, newStudent, seatStudent } from '$lib/classroom/record';
import { answerRecord, newGameRecord } from '$lib/game/game';
import {
	applyChange,
	changeProblem,
	type LiveAnswerChange,
	type SavedChange
} from '../../../src/lib/server/changes';
import { dataProblem, emptyData, type AppData } from '../../../src/lib/server/schema';

const now = 1_763_900_000_000;
const score = { correct: true, points: 100, speedBonus: 0, streakBonus: 0, streak: 1 };

function classData(mode: 'live' | 'assignment'): AppData {
	const cls = newClassRecord(
		{
			id: 'class-1',
			code: '123456',
			teacherToken: 'token',
			mode,
			timed: false,
			questions: [
				{ id: 'q0', optionCount: 3 },
				{ id: 'q1', optionCount: 3 }
			],
			deadline: null
		},
		now
	);
	seatStudent(cls, newStudent(cls, 'stu-1', 'seat', 'Sara', now));
	return { ...emptyData(), classes: { [cls.id]: cls } };
}

const liveAnswer: LiveAnswerChange = {
	kind: 'liveAnswer',
	classId: 'class-1',
	studentId: 'stu-1',
	index: 0,
	answer: answerRecord('q0', 2, score, 900, now + 900),
	streak: 1
};

describe('applyChange', () => {
	test('a live answer: saved in its slot, scored, counted in the tally; a second one is refused', () => {
		const data = classData('live');
		applyChange(data, liveAnswer);
		const cls = data.classes?.['class-1'];
		expect(cls?.students['stu-1']).toMatchObject({ score: 100, streak: 1 });
		expect(cls?.students['stu-1']?.answers[0]).toEqual(liveAnswer.answer);
		expect(cls?.tally[0]).toEqual([0, 0, 1]);
		const before = structuredClone(data);
		expect(() => applyChange(data, liveAnswer)).toThrow(/already answered question 0/);
		expect(data).toEqual(before);
		expect(dataProblem(data)).toBeNull();
	});

	test('a change for a class, student or mode that is not saved is refused', () => {
		const data = classData('live');
		const before = structuredClone(data);
		expect(() => applyChange(data, { ...liveAnswer, classId: 'nope' })).toThrow(/not saved/);
		expect(() => applyChange(data, { ...liveAnswer, classId: 'constructor' })).toThrow(/not saved/);
		expect(() => applyChange(data, { ...liveAnswer, studentId: 'x' })).toThrow(/not in class/);
		expect(() =>
			applyChange(data, {
				kind: 'assignment',
				classId: 'class-1',
				studentId: 'stu-1',
				index: 0,
				answers: [null, null],
				current: 1,
				shownAt: now,
				finishedAt: null,
				score: 0,
				streak: 0,
				added: null
			})
		).toThrow(/not an assignment class/);
		expect(data).toEqual(before);
	});

	test("an assignment step: the student's progress, and the tally of the added answer", () => {
		const data = classData('assignment');
		const added = answerRecord('q0', 1, score, 500, now + 500);
		applyChange(data, {
			kind: 'assignment',
			classId: 'class-1',
			studentId: 'stu-1',
			index: 0,
			answers: [added, null],
			current: 0,
			shownAt: now,
			finishedAt: null,
			score: 100,
			streak: 1,
			added
		});
		const cls = data.classes?.['class-1'];
		expect(cls?.students['stu-1']).toMatchObject({ score: 100, answers: [added, null] });
		expect(cls?.tally[0]).toEqual([0, 1, 0]);
		expect(dataProblem(data)).toBeNull();
	});

	test('a solo move replaces the game; a finishing move adds its leaderboard entry once', () => {
		const data = emptyData();
		const setup = {
			count: 5 as const,
			kinds: ['host' as const],
			article: null,
			timed: false,
			nickname: 'Layla'
		};
		const game = newGameRecord('game-1', setup, ['q0'], now);
		data.games[game.id] = game;
		const answered = { ...game, answers: [answerRecord('q0', 0, score, 300, now + 300)] };
		const finished = { ...answered, finishedAt: now + 400 };
		const entry = {
			game: game.id,
			nickname: 'Layla',
			score: 100,
			correct: 1,
			total: 1,
			timed: false,
			timeMs: 300,
			finishedAt: now + 400
		};
		applyChange(data, { kind: 'soloMove', game: answered, finished: null });
		expect(data.games['game-1']).toEqual(answered);
		applyChange(data, { kind: 'soloMove', game: finished, finished: entry });
		expect(data.leaderboard).toEqual([entry]);
		expect(() => applyChange(data, { kind: 'soloMove', game: finished, finished: entry })).toThrow(
			/cannot join the leaderboard/
		);
		expect(() =>
			applyChange(data, { kind: 'soloMove', game: { ...game, id: 'other' }, finished: null })
		).toThrow(/game other is not saved/);
		expect(data.leaderboard).toHaveLength(1);
		expect(dataProblem(data)).toBeNull();
	});
});

describe('changeProblem', () => {
	test('accepts the changes the app writes', () => {
		expect(changeProblem(JSON.parse(JSON.stringify(liveAnswer)))).toBeNull();
	});

	test.each([
		['not an object', 'x', /not an object/],
		['an unknown kind', { kind: 'drop' }, /kind "drop" is unknown/],
		['a field missing', { ...liveAnswer, streak: undefined }, /change\.streak is missing/],
		['a bad answer', { ...liveAnswer, answer: { choice: 1 } }, /change\.answer is not an answer/],
		[
			'a bad game',
			{ kind: 'soloMove', game: { id: 'g' }, finished: null },
			/games\["g"\]\.createdAt is missing/
		]
	] as [string, unknown, RegExp][])('refuses %s', (_, change, problem) => {
		expect(changeProblem(JSON.parse(JSON.stringify(change)) as SavedChange)).toMatch(problem);
	});
});
