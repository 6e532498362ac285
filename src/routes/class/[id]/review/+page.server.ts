// A student's own review: every question with their answer, the right one and the sources, once the
// game is over for them. Only their seat's answers: there is no way to ask for someone else's.
import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { findClass, seatOf } from '$lib/server/classroom';
import { reviewEntries, reviewOpen } from '$lib/server/classroom-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const cls = await findClass(params.id);
	if (!cls) error(404, translator(locals.lang)('errors.notFound'));
	const student = seatOf(cls, cookies);
	if (!student) redirect(303, `/class?code=${cls.code}&seat`);
	const open = reviewOpen(cls, student, Date.now());
	return {
		classId: cls.id,
		nickname: student.nickname,
		score: student.score,
		open,
		entries: open ? reviewEntries(cls, student).map(({ distribution: _, ...entry }) => entry) : []
	};
};
