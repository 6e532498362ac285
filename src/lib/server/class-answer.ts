// A student's answer in a class game, for both ways it reaches the server: the class page's form
// action through SvelteKit (src/routes/class/[id]/+page.server.ts, which also serves the plain form
// post without JavaScript) and the fast route in front of SvelteKit that `npm start` runs
// (fast-answer.ts). Both call this, so the seat check, the form's validation, the move and its
// refusals are one piece of code.
import type { ClassRecord, ClassStudent } from '$lib/classroom/types';
import { answerInClass, findClass, findClassNow, seatOf } from './classroom';
import { formIndex, refusalOf, type MoveRefusal } from './classroom-access';
import type { CookieReader } from './cookie-header';

/** What the form gives: a FormData from SvelteKit, URLSearchParams from the fast route. */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
}

/** Saved; a refused move or failed save (refusalOf); or a form or seat the answer cannot come from. */
export type AnswerOutcome =
	| { status: 200; data: { saved: true } }
	| MoveRefusal
	| { status: 400; data: { error: 'malformed' } }
	| { status: 403; data: { error: 'notInClass' } };

/** A class and one of its students: who is moving. */
export interface Seat {
	cls: ClassRecord;
	student: ClassStudent;
}

function seatFrom(cls: ClassRecord | null, cookies: CookieReader): Seat | null {
	const student = cls ? seatOf(cls, cookies) : null;
	return cls && student ? { cls, student } : null;
}

/** The class and the student whose seat cookie is in `cookies`, or null: who is moving, for every move. */
export async function seatIn(classId: string, cookies: CookieReader): Promise<Seat | null> {
	const now = seatInNow(classId, cookies);
	return now !== undefined ? now : seatFrom(await findClass(classId), cookies);
}

/**
 * `seatIn` read without waiting, for the fast route: undefined while the data file is not open yet
 * (the caller then waits for `seatIn`). Each await costs the answer a turn of the microtask queue
 * and, with SvelteKit's async context on, promise hooks: under a class's burst that adds up.
 */
export function seatInNow(classId: string, cookies: CookieReader): Seat | null | undefined {
	const cls = findClassNow(classId);
	return cls === undefined ? undefined : seatFrom(cls, cookies);
}

/**
 * Answers the question the form names for a seat already found: the form's validation, the move
 * and its refusals. Resolves once the answer is on disk; an unexpected failure rejects.
 */
export function answerAt(seat: Seat, form: FormFields | null): Promise<AnswerOutcome> {
	const index = formIndex(form?.get('index') ?? null);
	const choice = formIndex(form?.get('choice') ?? null);
	if (index === null || choice === null) {
		return Promise.resolve({ status: 400, data: { error: 'malformed' } });
	}
	return answerInClass(seat.cls.id, seat.student.id, index, choice).then(
		(): AnswerOutcome => ({ status: 200, data: { saved: true } }),
		refusalOf
	);
}

/**
 * Answers question `index` with option `choice` for the student whose seat cookie is in `cookies`.
 * The seat comes from the cookie only, never from the form, so nobody can answer for another student;
 * the form is read (`readForm`, null when it cannot be read) only once the seat is known. Resolves
 * once the answer is on disk; an unexpected failure is thrown.
 */
export async function answerFromForm(
	classId: string,
	cookies: CookieReader,
	readForm: () => Promise<FormFields | null>
): Promise<AnswerOutcome> {
	const seat = await seatIn(classId, cookies);
	if (!seat) return { status: 403, data: { error: 'notInClass' } };
	return answerAt(seat, await readForm());
}
