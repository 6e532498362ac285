import { describe, expect, it } from 'vitest';
import { newClassRecord, newStudent, seatStudent } from '$lib/classroom/record';
import { classesProblem } from '$lib/server/classroom-schema';
import { dataProblem, emptyData } from '$lib/server/schema';

function savedClass() {
	const cls = newClassRecord(
		{
			id: 'c1',
			code: '123456',
			teacherToken: 't',
			mode: 'live',
			timed: true,
			questions: [{ id: 'q1', optionCount: 4 }],
			deadline: null
		},
		0
	);
	seatStudent(cls, newStudent(cls, 's1', 'seat', 'Sara', 0));
	return cls;
}

describe('saved classes', () => {
	it('a data file from before classes existed is accepted (no "classes" reads as none)', () => {
		const legacy: Record<string, unknown> = { ...emptyData() };
		delete legacy.classes;
		expect(dataProblem(legacy)).toBeNull();
		expect(classesProblem(undefined)).toBeNull();
	});

	it('accepts a valid class and names the exact place of a broken one', () => {
		expect(classesProblem({ c1: savedClass() })).toBeNull();
		expect(dataProblem({ ...emptyData(), classes: { c1: savedClass() } })).toBeNull();

		const wrongCode = { ...savedClass(), code: 'abc' };
		expect(classesProblem({ c1: wrongCode })).toBe('classes["c1"].code is not six digits');

		const badStudent = savedClass();
		badStudent.students.s1!.answers = [];
		expect(classesProblem({ c1: badStudent })).toBe(
			'classes["c1"].students["s1"].answers does not have one slot per question'
		);

		const strayRoster = { ...savedClass(), roster: ['s1', 'ghost'] };
		expect(classesProblem({ c1: strayRoster })).toBe(
			'classes["c1"].roster does not list exactly its students'
		);
		expect(classesProblem([])).toBe('"classes" is not an object');
	});
});
