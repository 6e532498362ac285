// The teacher's event stream: every change to the class, including each answer and each join.
import { teacherClass } from '$lib/server/classroom-access';
import { eventStream } from '$lib/server/classroom-hub';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, cookies, locals, request }) => {
	const cls = await teacherClass(params.id, cookies, locals.lang);
	return eventStream(cls, 'teacher', request.signal);
};
