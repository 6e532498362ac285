// The students' event stream: only "the stage changed" pings, which carry no data; each page then
// reloads what its own seat may see.
import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { findClass } from '$lib/server/classroom';
import { eventStream } from '$lib/server/classroom-hub';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, request, locals }) => {
	const cls = await findClass(params.id);
	if (!cls) error(404, translator(locals.lang)('errors.notFound'));
	return eventStream(cls, 'student', request.signal);
};
