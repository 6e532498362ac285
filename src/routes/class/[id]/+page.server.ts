// A student's page in a class game: what their seat may see at this moment, and their moves. The seat
// comes from the seat cookie only, so nobody can answer for another student.
import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { answerFromForm, seatIn } from '$lib/server/class-answer';
import { refusal } from '$lib/server/classroom-access';
import { readForm } from '$lib/server/form';
import { findClass, nextInAssignment, seatOf } from '$lib/server/classroom';
import { studentAssignmentView, studentLiveView } from '$lib/server/classroom-views';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
	// The same function answers the enhanced post in front of SvelteKit under `npm start`
	// ($lib/server/fast-answer); this action serves it under `node build` and without JavaScript.
	answer: async ({ params, cookies, request, locals }) => {
		// Resolves only once the answer is on disk: the page says "saved" after this, not before.
		const outcome = await answerFromForm(params.id, cookies, () => readForm(request, locals.lang));
		return outcome.status === 200 ? outcome.data : fail(outcome.status, outcome.data);
	},
	next: async (event) => {
		const seat = await seatIn(event.params.id, event.cookies);
		if (!seat) return fail(403, { error: 'notInClass' as const });
		try {
			await nextInAssignment(seat.cls.id, seat.student.id);
		} catch (cause) {
			return refusal(cause);
		}
	}
};
