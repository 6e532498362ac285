// The teacher's private link: opening it lets this browser run the class (a cookie holds the key),
// then goes to the class page, whose address can be projected without giving the key away.
import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { findClassByToken, setTeacherCookie } from '$lib/server/classroom';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, url, locals }) => {
	const cls = await findClassByToken(params.token);
	if (!cls) error(403, translator(locals.lang)('classroom:errors.badTeacherLink'));
	setTeacherCookie(cookies, url, cls);
	redirect(303, `/teach/${cls.id}`);
};
