// The teacher's page for one class: join details, the live game on the projector with its controls,
// or the assignment's progress. Only the browser that opened the private link gets in.
import { encodeQr, qrPath } from '$lib/classroom/qr';
import type { TeacherMove } from '$lib/classroom/live';
import { teacherClass, refusal } from '$lib/server/classroom-access';
import { closeAssignment, moveLiveGame, setLeaderboardHidden } from '$lib/server/classroom';
import {
	classSummary,
	hostAssignmentView,
	hostLiveView,
	joinOrigin
} from '$lib/server/classroom-views';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const cls = await teacherClass(params.id, cookies, locals.lang);
	const now = Date.now();
	const joinUrl = `${joinOrigin(url)}/class?code=${cls.code}`;
	const qr = encodeQr(joinUrl);
	return {
		summary: classSummary(cls),
		joinUrl,
		qr: qr ? qrPath(qr) : null,
		teacherLink: `${url.origin}/teach/key/${cls.teacherToken}`,
		live: cls.mode === 'live' ? hostLiveView(cls, now) : null,
		assignment: cls.mode === 'assignment' ? hostAssignmentView(cls, now) : null
	};
};

function liveMove(move: TeacherMove) {
	return async ({ params, cookies, locals }: RequestEvent) => {
		const cls = await teacherClass(params.id, cookies, locals.lang);
		try {
			await moveLiveGame(cls.id, move);
		} catch (cause) {
			return refusal(cause);
		}
	};
}

function leaderboardShown(hidden: boolean) {
	return async ({ params, cookies, locals }: RequestEvent) => {
		const cls = await teacherClass(params.id, cookies, locals.lang);
		try {
			await setLeaderboardHidden(cls.id, hidden);
		} catch (cause) {
			return refusal(cause);
		}
	};
}

export const actions: Actions = {
	start: liveMove('start'),
	close: liveMove('close'),
	leaderboard: liveMove('leaderboard'),
	next: liveMove('next'),
	finish: liveMove('finish'),
	hide: leaderboardShown(true),
	show: leaderboardShown(false),
	closeAssignment: async ({ params, cookies, locals }) => {
		const cls = await teacherClass(params.id, cookies, locals.lang);
		try {
			await closeAssignment(cls.id);
		} catch (cause) {
			return refusal(cause);
		}
	}
};
