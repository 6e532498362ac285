// Security headers on every page, in both languages: a hash-based Content-Security-Policy that lists
// every inline script the page carries (no 'unsafe-inline' for scripts), nosniff and a referrer
// policy. foundation.test.ts checks the home page's headers and the origin check on /lang; this
// covers every page and every form action's origin check.
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { formBody, startWorld, type HostileWorld } from './hostile-support';

test.describe.configure({ mode: 'serial' });

let world: HostileWorld;
test.beforeAll(async () => {
	world = await startWorld(41);
});
test.afterAll(async () => {
	if (world) await world.stop();
});

function directive(csp: string, name: string): string[] {
	const found = csp
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name);
	return found ? found.slice(1) : [];
}

test('every page has a hash CSP covering each inline script, nosniff and a referrer policy', async () => {
	const w = world;
	const teacher = [w.live.teacherCookie];
	const seat = [w.live.seats[0]!.cookie];
	const pages: [string, string[]][] = [
		['/', []],
		['/help', []],
		['/articles', []],
		['/leaderboard', []],
		['/class', []],
		['/teach', []],
		[`/play/${w.gameA}`, []],
		[`/class/${w.live.id}`, seat],
		[`/teach/${w.live.id}`, teacher],
		[`/teach/${w.live.id}/results`, teacher],
		[`/teach/${w.live.id}/review`, teacher],
		['/no-such-page', []]
	];
	let checked = 0;
	for (const lang of ['ar', 'en']) {
		for (const [path, cookies] of pages) {
			const response = await fetch(`${w.base}${path}`, {
				headers: { cookie: [`lang=${lang}`, ...cookies].join('; ') },
				redirect: 'manual'
			});
			const html = await response.text();
			expect(response.status, path).toBeLessThan(500);
			expect(html, path).toContain(`<html lang="${lang}"`);
			const csp = response.headers.get('content-security-policy') ?? '';
			const scripts = directive(csp, 'script-src');
			expect(scripts, path).toContain("'self'");
			expect(scripts, path).not.toContain("'unsafe-inline'");
			expect(scripts, path).not.toContain("'unsafe-eval'");
			expect(directive(csp, 'object-src'), path).toEqual(["'none'"]);
			expect(directive(csp, 'frame-ancestors'), path).toEqual(["'none'"]);
			// Scripts the browser runs; JSON data blocks (the strings SvelteKit inlines for the page's
			// translator) are never executed, so CSP does not apply to them.
			const inline = [
				...html.matchAll(
					/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g
				)
			];
			expect(inline.length, path).toBeGreaterThan(0);
			for (const [, body] of inline) {
				const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
				expect(scripts, `${path}: inline script hash`).toContain(hash);
			}
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
			checked++;
		}
	}
	expect(checked).toBe(pages.length * 2);
});

test('every form action refuses a cross-site post (403) and stores nothing', async () => {
	const w = world;
	const before = await w.raw();
	const actions = [
		'/?/start',
		`/play/${w.gameB}?/answer`,
		`/play/${w.gameA}?/next`,
		'/class?/join',
		`/class/${w.assignment.id}?/answer`,
		`/class/${w.assignment.id}?/next`,
		'/teach?/create',
		...['start', 'close', 'leaderboard', 'next', 'finish', 'hide', 'show', 'closeAssignment'].map(
			(a) => `/teach/${w.live.id}?/${a}`
		),
		'/lang'
	];
	const cookie = [w.live.teacherCookie, w.assignment.seats[1]!.cookie, 'lang=en'].join('; ');
	// Plain and enhanced (the class answer's enhanced post is answered by `npm start`'s own route).
	for (const [origin, accept] of ['http://evil.example', 'null', `${w.base}.evil.example`].flatMap(
		(o) => [
			[o, 'text/html'],
			[o, 'application/json']
		]
	)) {
		for (const path of actions) {
			const response = await fetch(`${w.base}${path}`, {
				method: 'POST',
				headers: {
					origin: origin!,
					accept: accept!,
					cookie,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: formBody([
					['question', w.questionB],
					['choice', '0'],
					['index', '1'],
					['code', w.live.code],
					['nickname', 'Mallory'],
					['lang', 'en']
				]),
				redirect: 'manual'
			});
			expect(response.status, `${origin} ${accept} ${path}`).toBe(403);
		}
	}
	expect(await w.raw()).toBe(before);
});

test('the class page’s enhanced answer gets the same headers as every page', async () => {
	const w = world;
	const seat = w.assignment.seats[1]!;
	for (const lang of ['ar', 'en']) {
		const response = await fetch(`${w.base}/class/${w.assignment.id}?/answer`, {
			method: 'POST',
			headers: {
				origin: w.base,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				cookie: `${seat.cookie}; lang=${lang}`,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: formBody([
				['index', '7'],
				['choice', '0']
			])
		});
		expect(await response.json()).toMatchObject({ type: 'failure', status: 409 });
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('content-language')).toBe(lang);
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Language');
	}
});
