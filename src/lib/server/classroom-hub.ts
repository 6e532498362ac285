// Live events for class games: a server-side list of open event streams per class, and one timer per
// class for the moment a timed question closes by itself. Nothing here is state the game depends on:
// pages always re-read the saved class, so a restart only drops streams, which browsers reopen.
import { nextAutomaticChange } from '$lib/classroom/live';
import type { ClassRecord } from '$lib/classroom/types';

/** 'state': the stage changed (everyone reloads); 'answer'/'roster': only the teacher's pages care. */
export type ClassEvent = 'state' | 'answer' | 'roster';
export type Audience = 'student' | 'teacher';

/** Receives one message for a stream: the bytes to write, shared by every stream of the audience. */
export type Send = (message: Uint8Array) => void;

/**
 * The teacher hears of answers and joins at most once per this many milliseconds (a stage change
 * goes out at once). The teacher's page reloads the roster and counts when it hears one, so a
 * burst of five hundred answers is a handful of messages, the last of them sent after the last
 * answer: the page is never more than this far behind.
 */
export const noticeWindowMs = 100;

/**
 * A class's open streams, teachers and students apart: an 'answer' or 'roster' event then visits only
 * the teacher's few streams, not the five hundred students' as well. Events wait in `queued` until
 * the class's one flush, which turns each audience's events into one message, encoded once for all
 * of its streams.
 */
interface Channel {
	teacher: Set<Send>;
	student: Set<Send>;
	queued: Record<Audience, ClassEvent[]>;
	/** The flush to come: at the end of this turn (a stage change) or at the window's end (notices). */
	flush:
		| { soon: true; handle: ReturnType<typeof setImmediate> }
		| { soon: false; handle: ReturnType<typeof setTimeout> }
		| null;
	/** When the teacher's streams were last sent a message (Date.now()), for the notice window. */
	lastTeacherMessage: number;
}

const channels = new Map<string, Channel>();
const timers = new Map<string, { at: number; timer: ReturnType<typeof setTimeout> }>();
const encoder = new TextEncoder();

export function subscribe(classId: string, audience: Audience, send: Send): () => void {
	let channel = channels.get(classId);
	if (!channel) {
		channel = {
			teacher: new Set(),
			student: new Set(),
			queued: { teacher: [], student: [] },
			flush: null,
			lastTeacherMessage: -Infinity
		};
		channels.set(classId, channel);
	}
	// A function of its own, so that one page subscribing twice is two subscribers.
	const subscriber: Send = (message) => send(message);
	channel[audience].add(subscriber);
	return () => {
		channel[audience].delete(subscriber);
		if (channel.teacher.size + channel.student.size === 0 && channels.get(classId) === channel) {
			channels.delete(classId);
			cancelFlush(channel);
			const pending = timers.get(classId);
			if (pending) clearTimeout(pending.timer);
			timers.delete(classId);
		}
	};
}

function cancelFlush(channel: Channel): void {
	if (channel.flush?.soon) clearImmediate(channel.flush.handle);
	else if (channel.flush) clearTimeout(channel.flush.handle);
	channel.flush = null;
}

/** The text of one message: each event once, in the order first published, stamped with `now`. */
export function eventMessage(events: readonly ClassEvent[], now: number): string {
	return events.map((event) => `event: ${event}\ndata: ${now}\n\n`).join('');
}

function flush(channel: Channel): void {
	channel.flush = null;
	const now = Date.now();
	for (const audience of ['teacher', 'student'] as const) {
		const events = channel.queued[audience];
		if (events.length === 0) continue;
		channel.queued[audience] = [];
		if (audience === 'teacher') channel.lastTeacherMessage = now;
		const message = encoder.encode(eventMessage(events, now));
		for (const send of channel[audience]) send(message);
	}
}

/**
 * Queues `event` for the class's streams. A stage change is sent at the end of the current turn
 * (with everything queued before it), so a saved batch of answers that closes the question is one
 * message per stream; answers and joins reach the teacher at most once per `noticeWindowMs`.
 */
export function publish(classId: string, event: ClassEvent): void {
	const channel = channels.get(classId);
	if (!channel) return;
	const { queued } = channel;
	if (!queued.teacher.includes(event)) queued.teacher.push(event);
	if (event === 'state' && !queued.student.includes(event)) queued.student.push(event);
	if (channel.flush?.soon) return;
	const wait = event === 'state' ? 0 : channel.lastTeacherMessage + noticeWindowMs - Date.now();
	if (wait <= 0) {
		cancelFlush(channel);
		channel.flush = { soon: true, handle: setImmediate(() => flush(channel)) };
	} else if (!channel.flush) {
		channel.flush = { soon: false, handle: setTimeout(() => flush(channel), wait) };
	}
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

const heartbeat = encoder.encode(': heartbeat\n\n');
const opening = encoder.encode('retry: 2000\n: connected\n\n');

/** The headers of an event stream (each way of serving one adds the app's common headers). */
export const streamHeaders: Readonly<Record<string, string>> = {
	'Content-Type': 'text/event-stream; charset=utf-8',
	'Cache-Control': 'no-cache, no-transform',
	Connection: 'keep-alive',
	'X-Accel-Buffering': 'no'
};

/**
 * Starts a stream's body on `write`: the opening comment, then the class's messages for
 * `audience` and a heartbeat comment now and then. Returns the function that stops it.
 */
export function streamTo(
	cls: ClassRecord,
	audience: Audience,
	write: (bytes: Uint8Array) => void
): () => void {
	const unsubscribe = subscribe(cls.id, audience, write);
	// Comments keep proxies and the browser from closing an idle stream.
	const beat = setInterval(() => write(heartbeat), heartbeatMs);
	write(opening);
	watchDeadline(cls, Date.now());
	return () => {
		clearInterval(beat);
		unsubscribe();
	};
}

/** A text/event-stream response that forwards the class's messages (see publish) until the browser goes away. */
export function eventStream(cls: ClassRecord, audience: Audience, signal: AbortSignal): Response {
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let stop = () => {};
			cleanup = () => {
				stop();
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
			stop = streamTo(cls, audience, (bytes) => {
				try {
					controller.enqueue(bytes);
				} catch {
					cleanup();
				}
			});
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, { headers: streamHeaders });
}
