import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClassRecord } from '$lib/classroom/record';
import { teacherMove } from '$lib/classroom/live';
import {
	eventStream,
	publish,
	subscribe,
	subscriberCount,
	watchDeadline
} from '$lib/server/classroom-hub';

describe('the live event hub', () => {
	afterEach(() => vi.useRealTimers());

	it('sends stage changes to everyone, answers and joins only to the teacher', () => {
		const student: string[] = [];
		const teacher: string[] = [];
		const offStudent = subscribe('c', 'student', (event) => student.push(event));
		const offTeacher = subscribe('c', 'teacher', (event) => teacher.push(event));
		publish('c', 'answer');
		publish('c', 'roster');
		publish('c', 'state');
		publish('other', 'state');
		expect(student).toEqual(['state']);
		expect(teacher).toEqual(['answer', 'roster', 'state']);
		offStudent();
		offTeacher();
		expect(subscriberCount('c')).toBe(0);
	});

	it('tells open streams when a timed question closes by itself, and forgets the timer on leave', () => {
		vi.useFakeTimers();
		const cls = newClassRecord(
			{
				id: 'timed',
				code: '123456',
				teacherToken: 't',
				mode: 'live',
				timed: true,
				questions: [{ id: 'q1', optionCount: 4 }],
				deadline: null
			},
			0
		);
		cls.live = teacherMove(cls, 'start', 0);
		const events: string[] = [];
		const off = subscribe('timed', 'student', (event) => events.push(event));
		watchDeadline(cls, 0);
		vi.advanceTimersByTime(21_000);
		expect(events).toEqual([]);
		vi.advanceTimersByTime(1_000);
		expect(events).toEqual(['state']);
		off();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('sends a stream the events of one turn together, each name once, in order', async () => {
		const cls = newClassRecord(
			{
				id: 'batch',
				code: '654321',
				teacherToken: 't',
				mode: 'live',
				timed: false,
				questions: [{ id: 'q1', optionCount: 4 }],
				deadline: null
			},
			0
		);
		const abort = new AbortController();
		const reader = eventStream(cls, 'teacher', abort.signal)
			.body!.pipeThrough(new TextDecoderStream())
			.getReader();
		const events = async (): Promise<string[]> => {
			const { value } = await reader.read();
			return [...(value ?? '').matchAll(/^event: (\w+)$/gmu)].map((m) => m[1] as string);
		};
		expect(await events()).toEqual([]); // the opening comment
		// A saved batch of answers: every student's answer in the same turn, one stage change among them.
		for (let i = 0; i < 300; i++) publish('batch', 'answer');
		publish('batch', 'state');
		publish('batch', 'answer');
		expect(await events()).toEqual(['answer', 'state']);
		// A later turn is heard on its own.
		await new Promise((resolve) => setImmediate(resolve));
		publish('batch', 'answer');
		expect(await events()).toEqual(['answer']);
		abort.abort();
		expect(subscriberCount('batch')).toBe(0);
	});
});
