import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClassRecord } from '$lib/classroom/record';
import { teacherMove } from '$lib/classroom/live';
import {
	eventStream,
	noticeWindowMs,
	publish,
	subscribe,
	subscriberCount,
	watchDeadline
} from '$lib/server/classroom-hub';

const decoder = new TextDecoder();

/** The event names of one message, in order, and the time stamps it carries. */
function read(message: Uint8Array): { events: string[]; stamps: number[] } {
	const text = decoder.decode(message);
	return {
		events: [...text.matchAll(/^event: (\w+)$/gmu)].map((m) => m[1] as string),
		stamps: [...text.matchAll(/^data: (\d+)$/gmu)].map((m) => Number(m[1]))
	};
}

/** Subscribes and keeps every message's event names. */
function listen(classId: string, audience: 'student' | 'teacher') {
	const messages: string[][] = [];
	const off = subscribe(classId, audience, (message) => messages.push(read(message).events));
	return { messages, off };
}

describe('the live event hub', () => {
	afterEach(() => vi.useRealTimers());

	it('sends stage changes to everyone, answers and joins only to the teacher', () => {
		vi.useFakeTimers();
		const student = listen('c', 'student');
		const teacher = listen('c', 'teacher');
		publish('c', 'answer');
		publish('c', 'roster');
		publish('c', 'state');
		publish('other', 'state');
		expect(teacher.messages).toEqual([]); // nothing before the end of the turn
		vi.advanceTimersByTime(0);
		expect(student.messages).toEqual([['state']]);
		expect(teacher.messages).toEqual([['answer', 'roster', 'state']]);
		student.off();
		teacher.off();
		expect(subscriberCount('c')).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('gives every stream of an audience the same message, encoded once', () => {
		vi.useFakeTimers();
		const received: Uint8Array[] = [];
		const offs = Array.from({ length: 3 }, () =>
			subscribe('shared', 'student', (message) => received.push(message))
		);
		publish('shared', 'state');
		vi.advanceTimersByTime(0);
		expect(received).toHaveLength(3);
		expect(received[1]).toBe(received[0]);
		expect(received[2]).toBe(received[0]);
		for (const off of offs) off();
	});

	it('tells the teacher of a burst of answers in a few messages, the last after the last answer', () => {
		vi.useFakeTimers();
		vi.setSystemTime(1_000_000);
		const teacher = listen('burst', 'teacher');
		const stamps: number[] = [];
		const offStamps = subscribe('burst', 'teacher', (message) =>
			stamps.push(Math.max(...read(message).stamps))
		);
		let lastAnswerAt = 0;
		const student = listen('burst', 'student');
		// 500 answers spread over 1 s, one every 2 ms, as when a class answers with think time.
		const answers = 500;
		const spreadMs = 1_000;
		for (let i = 0; i < answers; i++) {
			lastAnswerAt = Date.now();
			publish('burst', 'answer');
			vi.advanceTimersByTime(spreadMs / answers);
		}
		vi.advanceTimersByTime(noticeWindowMs);
		// At most one message per window, plus the first one at once.
		expect(teacher.messages.length).toBeGreaterThan(1);
		expect(teacher.messages.length).toBeLessThanOrEqual(spreadMs / noticeWindowMs + 2);
		expect(teacher.messages.every((events) => events.join() === 'answer')).toBe(true);
		expect(student.messages).toEqual([]);
		// The page reloads on the last message, which was sent after the last answer: it ends current.
		expect(stamps.at(-1)).toBeGreaterThanOrEqual(lastAnswerAt);
		expect(stamps.at(-1)! - lastAnswerAt).toBeLessThanOrEqual(noticeWindowMs);
		expect(vi.getTimerCount()).toBe(0);
		offStamps();
		teacher.off();
		student.off();
	});

	it('never keeps the teacher waiting longer than the window, and sends the final count last', () => {
		vi.useFakeTimers();
		vi.setSystemTime(5_000_000);
		const stamps: number[] = [];
		const off = subscribe('late', 'teacher', (message) =>
			stamps.push(Math.max(...read(message).stamps))
		);
		publish('late', 'answer'); // the first goes out at the end of the turn
		vi.advanceTimersByTime(0);
		expect(stamps).toEqual([5_000_000]);
		vi.advanceTimersByTime(10);
		publish('late', 'answer'); // inside the window: waits for its end, not longer
		publish('late', 'roster');
		vi.advanceTimersByTime(noticeWindowMs - 11);
		expect(stamps).toHaveLength(1);
		vi.advanceTimersByTime(1);
		expect(stamps).toEqual([5_000_000, 5_000_000 + noticeWindowMs]);
		off();
	});

	it('sends a stage change at once even inside the window, with the notices waiting before it', () => {
		vi.useFakeTimers();
		const teacher = listen('stage', 'teacher');
		const student = listen('stage', 'student');
		publish('stage', 'answer');
		vi.advanceTimersByTime(0);
		publish('stage', 'answer');
		publish('stage', 'state'); // the last answer closed the question
		vi.advanceTimersByTime(0);
		expect(teacher.messages).toEqual([['answer'], ['answer', 'state']]);
		expect(student.messages).toEqual([['state']]);
		vi.advanceTimersByTime(noticeWindowMs * 2);
		expect(teacher.messages).toHaveLength(2);
		teacher.off();
		student.off();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('drops a pending message when the last stream leaves', () => {
		vi.useFakeTimers();
		const teacher = listen('gone', 'teacher');
		publish('gone', 'answer');
		vi.advanceTimersByTime(0);
		publish('gone', 'answer');
		expect(vi.getTimerCount()).toBe(1);
		teacher.off();
		expect(vi.getTimerCount()).toBe(0);
		expect(teacher.messages).toHaveLength(1);
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
		const student = listen('timed', 'student');
		watchDeadline(cls, 0);
		vi.advanceTimersByTime(21_000);
		expect(student.messages).toEqual([]);
		vi.advanceTimersByTime(1_000);
		expect(student.messages).toEqual([['state']]);
		student.off();
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
		// A later answer is heard once the window since that message has passed.
		publish('batch', 'answer');
		const started = Date.now();
		expect(await events()).toEqual(['answer']);
		expect(Date.now() - started).toBeGreaterThanOrEqual(noticeWindowMs - 20);
		abort.abort();
		expect(subscriberCount('batch')).toBe(0);
	});
});
