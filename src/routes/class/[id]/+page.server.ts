// A student's page in a class game: what their seat may see at this moment, and their moves. The seat
// comes from the seat cookie only, so nobody can answer for another student.
import { error, fail, redirect } from '@sveltejs/kit';
import { formIndex, refusal } from '$lib/server/classroom-access';
import { answerInClass, findClass, nextInAssignment, seatOf } from '$lib/server/classroom';
import { studentAssignmentView, studentLiveView } from '$lib/server/classroom-views';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const cls = await findClass(params.id);
	if (!cls) error(404);
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
		const form = await event.request.formData();
		const index = formIndex(form.get('index'));
		const choice = formIndex(form.get('choice'));
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
