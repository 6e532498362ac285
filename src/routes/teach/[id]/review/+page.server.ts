// The class review for the teacher: every question with how the class answered and its sources.
import { teacherClass } from '$lib/server/classroom-access';
import { classSummary, reviewEntries } from '$lib/server/classroom-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const cls = await teacherClass(params.id, cookies, locals.lang);
	return {
		summary: classSummary(cls),
		entries: reviewEntries(cls, null).map(({ answer: _, ...entry }) => entry)
	};
};
