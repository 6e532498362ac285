// The results dashboard: each student's score and answers, each question's share of right answers.
import { teacherClass } from '$lib/server/classroom-access';
import { classSummary, dashboardView } from '$lib/server/classroom-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const cls = await teacherClass(params.id, cookies, locals.lang);
	return { summary: classSummary(cls), dashboard: dashboardView(cls) };
};
