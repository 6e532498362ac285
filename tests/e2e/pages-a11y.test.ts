// Every page of the solo game, in both languages: no serious or critical axe violation.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { bank, currentQuestion, startGame, ui } from './bank';

// axe needs a few seconds per page, and a loaded CI machine can double that.
test.describe.configure({ timeout: 90_000 });

for (const lang of ['ar', 'en'] as const) {
	const name = lang === 'ar' ? 'Arabic' : 'English';

	test.describe(`in ${name}`, () => {
		test.use({ locale: lang });
		test.beforeEach(async ({ context, baseURL }) => {
			await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
		});

		test('setup, question, feedback, result and review pages are accessible', async ({ page }) => {
			await page.goto('/');
			await expectNoSeriousA11yViolations(page);
			for (const box of await page.locator('input[name=kind]').all()) await box.uncheck();
			await page.getByRole('button', { name: ui[lang].start }).click();
			await expect(page.locator('.form-error')).toBeFocused();
			await expectNoSeriousA11yViolations(page);

			const id = await startGame(page, lang, { timed: true });
			await expectNoSeriousA11yViolations(page);
			for (let i = 0; i < 5; i++) {
				const q = await currentQuestion(page);
				const choice = i % 2 ? q.answer : (q.answer + 1) % q.options.length;
				await page.locator(`button[data-choice="${choice}"]`).click();
				await expect(page.getByTestId('feedback')).toBeVisible();
				if (i === 0) await expectNoSeriousA11yViolations(page);
				await page
					.getByRole('button', { name: i === 4 ? ui[lang].results : ui[lang].next })
					.click();
			}
			await expect(page).toHaveURL(`/play/${id}/result`);
			await expectNoSeriousA11yViolations(page);
			await page.goto(`/play/${id}/review`);
			await expectNoSeriousA11yViolations(page);
		});

		test('articles, reader, leaderboard, help and a missing game are accessible', async ({
			page
		}) => {
			for (const path of [
				'/articles',
				`/articles/${bank.articles[0]!.id}#s1`,
				'/leaderboard',
				'/help',
				'/play/AAAAAAAAAAAAAAAAAAAAAA'
			]) {
				await page.goto(path);
				await expectNoSeriousA11yViolations(page);
			}
		});
	});
}
