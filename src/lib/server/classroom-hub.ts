// Live events for class games: a server-side list of open event streams per class, and one timer per
// class for the moment a timed question closes by itself. Nothing here is state the game depends on:
// pages always re-read the saved class, so a restart only drops streams, which browsers reopen.
import { nextAutomaticChange } from '$lib/classroom/live';
import type { ClassRecord } from '$lib/classroom/types';

/** 'state': the stage changed (everyone reloads); 'answer'/'roster': only the teacher's pages care. */
export type ClassEvent = 'state' | 'answer' | 'roster';
export type Audience = 'student' | 'teacher';

type Send = (event: ClassEvent) => void;

/**
 * A class's open streams, teachers and students apart: an 'answer' or 'roster' event (one per saved
 * answer) then visits only the teacher's few streams, not the five hundred students' as well.
 */
interface Channel {
	teacher: Set<Send>;
	student: Set<Send>;
}

const channels = new Map<string, Channel>();
const timers = new Map<string, { at: number; timer: ReturnType<typeof setTimeout> }>();

export function subscribe(classId: string, audience: Audience, send: Send): () => void {
	let channel = channels.get(classId);
	if (!channel) {
		channel = { teacher: new Set(), student: new Set() };
		channels.set(classId, channel);
	}
	// A function of its own, so that one page subscribing twice is two subscribers.
	const subscriber: Send = (event) => send(event);
	channel[audience].add(subscriber);
	return () => {
		channel[audience].delete(subscriber);
		if (channel.teacher.size + channel.student.size === 0 && channels.get(classId) === channel) {
			channels.delete(classId);
			const pending = timers.get(classId);
			if (pending) clearTimeout(pending.timer);
			timers.delete(classId);
		}
	};
}

export function publish(classId: string, event: ClassEvent): void {
	const channel = channels.get(classId);
	if (!channel) return;
	for (const send of channel.teacher) send(event);
	if (event === 'state') for (const send of channel.student) send(event);
}

export function subscriberCount(classId: string): number {
	const channel = channels.get(classId);
	return channel ? channel.teacher.size + channel.student.size : 0;
}

/** Makes sure open streams hear about a timed question closing, even if nobody answers. */
export function watchDeadline(cls: ClassRecord, now: number): void {
	const at = nextAutomaticChange(cls, now);
	const pending = timers.get(cls.id);
	if (pending && pending.at === at) return;
	if (pending) clearTimeout(pending.timer);
	timers.delete(cls.id);
	if (at === null || !channels.has(cls.id)) return;
	const timer = setTimeout(
		() => {
			timers.delete(cls.id);
			publish(cls.id, 'state');
		},
		Math.max(0, at - now)
	);
	timers.set(cls.id, { at, timer });
}

const heartbeatMs = 15_000;

/**
 * A text/event-stream response that forwards the class's events until the browser goes away.
 *
 * Events published in the same turn of the event loop go out together, each name once: a saved
 * batch of answers acknowledges hundreds of students at the same moment, and each of them publishes
 * an 'answer' for the teacher. An event only tells a page to reload its data (which it throttles
 * anyway), so one 'answer' says as much as five hundred, and costs the server one write instead of
 * five hundred.
 */
export function eventStream(cls: ClassRecord, audience: Audience, signal: AbortSignal): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					cleanup();
				}
			};
			let queued: ClassEvent[] = [];
			let flush: ReturnType<typeof setImmediate> | null = null;
			const send = () => {
				const now = Date.now();
				const events = queued;
				queued = [];
				flush = null;
				write(events.map((event) => `event: ${event}\ndata: ${now}\n\n`).join(''));
			};
			const unsubscribe = subscribe(cls.id, audience, (event) => {
				if (queued.includes(event)) return;
				queued.push(event);
				flush ??= setImmediate(send);
			});
			// Comments keep proxies and the browser from closing an idle stream.
			const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
			cleanup = () => {
				clearInterval(heartbeat);
				if (flush) clearImmediate(flush);
				flush = null;
				unsubscribe();
				signal.removeEventListener('abort', onAbort);
			};
			const onAbort = () => {
				cleanup();
				try {
					controller.close();
				} catch {
					// Already closed by the runtime.
				}
			};
			signal.addEventListener('abort', onAbort);
			write('retry: 2000\n: connected\n\n');
			watchDeadline(cls, Date.now());
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-cache, no-transform',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no'
		}
	});
}
