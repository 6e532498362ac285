// A student's page in a class game: what their seat may see at this moment, and their moves. The seat
// comes from the seat cookie only, so nobody can answer for another student.
import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { formIndex, refusal } from '$lib/server/classroom-access';
import { readForm } from '$lib/server/form';
import { answerInClass, findClass, nextInAssignment, seatOf } from '$lib/server/classroom';
import { studentAssignmentView, studentLiveView } from '$lib/server/classroom-views';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const cls = await findClass(params.id);
	if (!cls) error(404, translator(locals.lang)('errors.notFound'));
	const student = seatOf(cls, cookies);
	if (!student) redirect(303, `/class?code=${cls.code}&seat`);
	const now = Date.now();
	return {
		classId: cls.id,
		nickname: student.nickname,
		studentId: student.id,
		view:
			cls.mode === 'live'
				? studentLiveView(cls, student, now)
				: studentAssignmentView(cls, student, now)
	};
};

async function seated({ params, cookies }: RequestEvent) {
	const cls = await findClass(params.id);
	const student = cls ? seatOf(cls, cookies) : null;
	return cls && student ? { cls, student } : null;
}

export const actions: Actions = {
	answer: async (event) => {
		const seat = await seated(event);
		if (!seat) return fail(403, { error: 'notInClass' as const });
		const form = await readForm(event.request, event.locals.lang);
		const index = formIndex(form?.get('index') ?? null);
		const choice = formIndex(form?.get('choice') ?? null);
		if (index === null || choice === null) return fail(400, { error: 'malformed' as const });
		try {
			// Resolves only once the answer is on disk: the page says "saved" after this, not before.
			await answerInClass(seat.cls.id, seat.student.id, index, choice);
		} catch (cause) {
			return refusal(cause);
		}
		return { saved: true };
	},
	next: async (event) => {
		const seat = await seated(event);
		if (!seat) return fail(403, { error: 'notInClass' as const });
		try {
			await nextInAssignment(seat.cls.id, seat.student.id);
		} catch (cause) {
			return refusal(cause);
		}
	}
};
