// Joining a class game with its code and a nickname. A browser that already has a seat in that class
// goes straight back to it (same seat, same score), so a reload or a lost connection costs nothing.
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/classroom/join-code';
import { checkNickname } from '$lib/classroom/nickname';
import { RateLimiter } from '$lib/classroom/rate-limit';
import {
	findClassByCode,
	joinClass,
	joinLimiter,
	seatOf,
	setSeatCookie
} from '$lib/server/classroom';
import { readForm } from '$lib/server/form';
import { SaveError } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

interface JoinRefusal {
	field: 'form' | 'code' | 'nickname';
	error: string;
	values: { code: string; nickname: string };
	seconds: number | null;
	suggestion: string | null;
}

function refuse(
	status: number,
	refusal: Omit<JoinRefusal, 'seconds' | 'suggestion'> & Partial<JoinRefusal>
): ActionFailure<JoinRefusal> {
	return fail(status, { seconds: null, suggestion: null, ...refusal });
}

/** Wrong codes are what guessing looks like: fewer of those are allowed than joins. */
const wrongCodeLimiter = new RateLimiter(10, 60_000);

export const load: PageServerLoad = async ({ url, cookies }) => {
	const code = normalizeJoinCode(url.searchParams.get('code') ?? '');
	if (code) {
		const cls = await findClassByCode(code);
		if (cls && seatOf(cls, cookies)) redirect(303, `/class/${cls.id}`);
	}
	return {
		code: code ?? url.searchParams.get('code') ?? '',
		needSeat: url.searchParams.has('seat')
	};
};

export const actions: Actions = {
	join: async ({ request, cookies, url, getClientAddress, locals }) => {
		const form = await readForm(request, locals.lang);
		if (!form) {
			return refuse(400, { field: 'form', error: 'malformed', values: { code: '', nickname: '' } });
		}
		const rawCode = String(form.get('code') ?? '');
		const rawNickname = String(form.get('nickname') ?? '');
		const values = { code: rawCode, nickname: rawNickname };
		const address = getClientAddress();
		const now = Date.now();
		for (const limiter of [joinLimiter, wrongCodeLimiter]) {
			const wait = limiter.retryAfter(address, now);
			if (wait > 0) {
				return refuse(429, {
					field: 'form',
					error: 'rateLimited',
					seconds: Math.ceil(wait / 1000),
					values
				});
			}
		}
		joinLimiter.take(address, now);

		const code = normalizeJoinCode(rawCode);
		if (!code) {
			wrongCodeLimiter.take(address, now);
			return refuse(400, { field: 'code', error: 'code', values });
		}
		const existing = await findClassByCode(code);
		if (existing) {
			const seat = seatOf(existing, cookies);
			if (seat) redirect(303, `/class/${existing.id}`);
		}
		const nickname = checkNickname(rawNickname);
		if (!nickname.ok) return refuse(400, { field: 'nickname', error: nickname.problem, values });

		let joined;
		try {
			joined = await joinClass(code, nickname.nickname, now);
		} catch (cause) {
			if (cause instanceof SaveError)
				return refuse(503, { field: 'form', error: 'saveFailed', values });
			throw cause;
		}
		if (!joined.ok) {
			if (joined.reason === 'unknownCode') wrongCodeLimiter.take(address, now);
			const field = joined.reason === 'taken' ? ('nickname' as const) : ('code' as const);
			const suggestion = joined.reason === 'taken' ? joined.suggestion : null;
			return refuse(joined.reason === 'taken' ? 409 : 400, {
				field,
				error: joined.reason,
				suggestion,
				values
			});
		}
		setSeatCookie(cookies, url, joined.cls, joined.student);
		redirect(303, `/class/${joined.cls.id}`);
	}
};
