// Every kind of bad input gets a clear message in the player's language and changes nothing.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { createClass, fillJoin, joinStudent } from './classroom-helpers';
import { withoutTranslations } from '../support/html';
import { readSavedFile } from '../support/saved-data';

const dataFile = `tests/.tmp/e2e-data-${process.env.E2E_PORT ?? 4173}/db.json`;

function post(
	request: APIRequestContext,
	baseURL: string,
	path: string,
	form: Record<string, string>
) {
	return request.post(path, {
		form,
		headers: { Origin: baseURL, Accept: 'text/html', 'Accept-Language': 'en' },
		maxRedirects: 0
	});
}

test('bad codes and nicknames are refused with a clear message', async ({ browser }) => {
	const { teacher, code } = await createClass(browser, 'en', { mode: 'live', count: 5 });
	const context = await browser.newContext({ locale: 'en' });
	const page = await context.newPage();

	await fillJoin(page, 'en', '12ab', 'Sam');
	await expect(page.getByRole('alert')).toHaveText(
		"That is not a join code: type the six digits shown on the teacher's screen."
	);
	const wrong = code === '100000' ? '100001' : '100000';
	await fillJoin(page, 'en', wrong, 'Sam');
	await expect(page.getByRole('alert')).toHaveText(
		"No class game has this code. Check the code on the teacher's screen."
	);
	await fillJoin(page, 'en', code, '   ');
	await expect(page.getByRole('alert')).toHaveText('Choose a nickname.');
	await fillJoin(page, 'en', code, 'x'.repeat(30));
	await expect(page.getByRole('alert')).toHaveText(
		'The nickname is too long: at most 24 characters.'
	);
	await fillJoin(page, 'en', code, '<img src=x onerror=alert(1)>');
	await expect(page.getByRole('alert')).toHaveText(
		'The nickname cannot contain < or >. Use letters, digits and spaces.'
	);
	await expect(page.locator('main img')).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	// Arabic messages too.
	const arabic = await browser.newContext({ locale: 'ar' });
	const arabicPage = await arabic.newPage();
	await fillJoin(arabicPage, 'ar', code, '');
	await expect(arabicPage.getByRole('alert')).toHaveText('اختر اسمًا مستعارًا.');
	await expectNoSeriousA11yViolations(arabicPage);
	for (const creator of [page, arabicPage]) {
		await creator.goto('/teach');
		await expectNoSeriousA11yViolations(creator);
	}

	// A taken nickname (in any case or spacing) comes back with a suggestion that joins in one click.
	await joinStudent(browser, 'en', code, 'Sara');
	await fillJoin(page, 'en', code, ' sara ');
	await expect(page.getByRole('alert')).toHaveText(
		'Someone in this class already has that nickname. Choose another one.'
	);
	await page.getByRole('button', { name: 'Take “sara 2” instead' }).click();
	await expect(page.getByTestId('nickname')).toHaveText('sara 2');

	await context.close();
	await arabic.close();
	await teacher.close();
});

test('students cannot take teacher actions, answer for others, or answer a closed question', async ({
	browser,
	baseURL
}) => {
	const origin = baseURL as string;
	const { teacher, host, id, code } = await createClass(browser, 'en', { mode: 'live', count: 5 });
	const sara = await joinStudent(browser, 'en', code, 'Sara');
	const omar = await joinStudent(browser, 'en', code, 'Omar');
	const { request } = sara.context;

	// Teacher pages and actions: refused for a student, and the game stays in the lobby.
	const page = await sara.context.newPage();
	const response = await page.goto(`/teach/${id}`);
	expect(response?.status()).toBe(403);
	await expect(page.getByText('This page is for the teacher of this class game.')).toBeVisible();
	expect((await post(request, origin, `/teach/${id}?/start`, {})).status()).toBe(403);
	expect((await request.get(`/teach/${id}/results.csv`)).status()).toBe(403);
	expect((await request.get(`/teach/key/not-the-teacher-token-at-all-0000000000`)).status()).toBe(
		403
	);
	await expect(host.getByTestId('lobby').locator('li')).toHaveCount(2);

	// Before the start: refused.
	const early = await post(request, origin, `/class/${id}?/answer`, { index: '0', choice: '0' });
	expect(early.status()).toBe(409);
	expect(withoutTranslations(await early.text())).toContain('The game has not started yet.');

	await host.getByRole('button', { name: 'Start the game' }).click();
	await expect(sara.page.locator('#question-title')).toBeVisible();

	// Another question than the one on screen, or an option that does not exist: refused.
	const other = await post(request, origin, `/class/${id}?/answer`, { index: '2', choice: '0' });
	expect(other.status()).toBe(409);
	expect(withoutTranslations(await other.text())).toContain('That is not the question on screen');
	const badChoice = await post(request, origin, `/class/${id}?/answer`, {
		index: '0',
		choice: '9'
	});
	expect(badChoice.status()).toBe(409);

	// No seat, or a forged seat for Omar: refused, and Omar's answers are untouched.
	const data = await readSavedFile(dataFile);
	const omarId = Object.values(data.classes![id]!.students).find((s) => s.nickname === 'Omar')!.id;
	const stranger = await browser.newContext({ locale: 'en' });
	const host_ = new URL(origin).hostname;
	await stranger.addCookies([
		{ name: `tq-seat-${id}`, value: `${omarId}.forged`, domain: host_, path: '/class' }
	]);
	// An enhanced form post (as the page's JavaScript sends it) gets the refusal itself as JSON.
	const forged = await stranger.request.post(`/class/${id}?/answer`, {
		form: { index: '0', choice: '0' },
		headers: { Origin: origin, 'x-sveltekit-action': 'true', 'Accept-Language': 'en' }
	});
	const refusal = (await forged.json()) as { type: string; status: number; data: string };
	expect(refusal).toMatchObject({ type: 'failure', status: 403 });
	expect(refusal.data).toContain('notInClass');
	const strangerPage = await stranger.newPage();
	await strangerPage.goto(`/class/${id}`);
	await expect(strangerPage).toHaveURL(/\/class\?code=\d{6}&seat/);

	// The teacher closes the question early: a late answer is refused.
	await host.getByRole('button', { name: 'Show the answer now' }).click();
	await expect(host.getByTestId('distribution')).toBeVisible();
	const late = await post(omar.context.request, origin, `/class/${id}?/answer`, {
		index: '0',
		choice: '0'
	});
	expect(late.status()).toBe(409);
	expect(withoutTranslations(await late.text())).toContain(
		'This question is closed: your answer was not counted.'
	);
	await expect(host.getByTestId('distribution').locator('.count').first()).toContainText('0');

	for (const context of [sara.context, omar.context, stranger, teacher]) await context.close();
});
