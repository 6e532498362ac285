// A student's answer in a class game, for both ways it reaches the server: the class page's form
// action through SvelteKit (src/routes/class/[id]/+page.server.ts, which also serves the plain form
// post without JavaScript) and the fast route in front of SvelteKit that `npm start` runs
// (fast-answer.ts). Both call this, so the seat check, the form's validation, the move and its
// refusals are one piece of code.
import { type ClassRule } from '$lib/classroom/types';
import { answerInClass, findClass, seatOf } from './classroom';
import { formIndex, refusalOf } from './classroom-access';
import type { CookieReader } from './cookie-header';

/** What the form gives: a FormData from SvelteKit, URLSearchParams from the fast route. */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
}

export type AnswerOutcome =
	| { status: 200; data: { saved: true } }
	| {
			status: 400 | 403 | 409 | 503;
			data: { error: ClassRule | 'saveFailed' | 'malformed' | 'notInClass' };
	  };

/** The class and the student whose seat cookie is in `cookies`, or null: who is moving, for every move. */
export async function seatIn(classId: string, cookies: CookieReader) {
	const cls = await findClass(classId);
	const student = cls ? seatOf(cls, cookies) : null;
	return cls && student ? { cls, student } : null;
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
	const form = await readForm();
	const index = formIndex(form?.get('index') ?? null);
	const choice = formIndex(form?.get('choice') ?? null);
	if (index === null || choice === null) return { status: 400, data: { error: 'malformed' } };
	try {
		await answerInClass(seat.cls.id, seat.student.id, index, choice);
	} catch (cause) {
		return refusalOf(cause);
	}
	return { status: 200, data: { saved: true } };
}
