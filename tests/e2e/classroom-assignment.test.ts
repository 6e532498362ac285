// An assignment: students play at their own pace (one of them without JavaScript), the teacher
// watches the results and closes it; answers and joins after that are refused.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { answer, createClass, fillJoin, joinStudent } from './classroom-helpers';

test('an assignment played by several students, then closed', async ({ browser }) => {
	test.setTimeout(60_000);
	const { teacher, host, id, code } = await createClass(browser, 'ar', {
		mode: 'assignment',
		pick: 2
	});
	await expect(host.getByRole('heading', { name: 'مفتوح للإجابات' })).toBeVisible();
	await expectNoSeriousA11yViolations(host);

	const noScript = await joinStudent(browser, 'ar', code, 'ليلى', { javaScriptEnabled: false });
	const withScript = await joinStudent(browser, 'ar', code, 'Karim');
	const late = await joinStudent(browser, 'ar', code, 'Nour', { javaScriptEnabled: false });
	await expectNoSeriousA11yViolations(withScript.page);

	for (const student of [noScript, withScript]) {
		await answer(student, true);
		await expect(student.page.getByTestId('verdict')).toContainText('صحيح!');
		await student.page.getByRole('button', { name: 'السؤال التالي' }).click();
		await expect(student.page.getByText('السؤال 2 من 2')).toBeVisible();
		await answer(student, student === withScript);
		await expect(student.page.getByRole('heading', { name: 'أنهيت هذا الواجب.' })).toBeVisible();
	}
	await expect(noScript.page.getByTestId('score')).toHaveText('100');

	// Nour answers the first question, moves on, and is still on the second when it closes.
	await answer(late, false);
	await late.page.getByRole('button', { name: 'السؤال التالي' }).click();
	await expect(late.page.locator('button[name="choice"]').first()).toBeVisible();

	await expect(host.getByTestId('finished-count')).toHaveText('أنهى 2 من 3');
	await host.getByRole('button', { name: 'أغلق الواجب' }).click();
	await expect(host.getByRole('heading', { name: 'مغلق: لم تعد الإجابات تُقبل.' })).toBeVisible();

	await late.page.locator('button[name="choice"]').first().click();
	await expect(late.page.getByTestId('refusal')).toHaveText('أُغلق هذا السؤال: لم تُحتسب إجابتك.');
	await expect(late.page.getByRole('heading', { name: 'أُغلق هذا الواجب.' })).toBeVisible();

	const newcomer = await browser.newContext({ locale: 'ar' });
	const newcomerPage = await newcomer.newPage();
	await fillJoin(newcomerPage, 'ar', code, 'Hala');
	await expect(newcomerPage.getByRole('alert')).toHaveText(
		'انتهت لعبة الصف هذه: لم تعد تقبل لاعبين.'
	);

	await host.goto(`/teach/${id}/results`);
	const rows = host.getByTestId('student-table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.first()).toContainText('Karim');
	await expect(rows.first()).toContainText('2 / 2');
	await expect(rows.last()).toContainText('0 / 2');

	await late.page.getByRole('link', { name: 'راجع إجاباتك مع مصادرها' }).click();
	await expect(late.page.locator('.review-list > li')).toHaveCount(2);

	for (const context of [noScript.context, withScript.context, late.context, newcomer, teacher]) {
		await context.close();
	}
});
