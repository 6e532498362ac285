import { expect, test, type Page } from '@playwright/test';
import { formatPercent } from '../../src/lib/game/format';
import { basePoints, streakBonus } from '../../src/lib/game/scoring';
import { bank, currentQuestion, expectedHighlight, startGame, ui } from './bank';

// Right, wrong, right, right, wrong: scores 100, 0, 100, 110, 0; best streak 2.
const plan = [true, false, true, true, false];

async function playOne(page: Page, lang: 'ar' | 'en', right: boolean, streakBefore: number) {
	const q = await currentQuestion(page);
	const choice = right ? q.answer : (q.answer + 1) % q.options.length;
	await page.locator(`button[data-choice="${choice}"]`).click();

	const feedback = page.getByTestId('feedback');
	await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
		right ? ui[lang].right : ui[lang].wrong
	);
	const points = right ? basePoints + streakBonus(streakBefore + 1) : 0;
	if (points > 0) await expect(page.getByTestId('points')).toContainText(String(points));

	// The right option is marked, and the source sentence highlights the answer.
	await expect(page.locator('li.option.right')).toHaveCount(1);
	const highlight = expectedHighlight(q, lang);
	if (highlight)
		await expect(feedback.locator('.source-sentence mark').first()).toHaveText(highlight);
	const source = q.sources[0]!;
	await expect(feedback.getByRole('link', { name: ui[lang].openArticle })).toHaveAttribute(
		'href',
		`/articles/${source.article}#s${source.sentence}`
	);
	return points;
}

for (const lang of ['ar', 'en'] as const) {
	for (const javaScriptEnabled of [true, false]) {
		test(`plays a whole game in ${lang === 'ar' ? 'Arabic' : 'English'} ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ javaScriptEnabled, locale: lang });
			await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
			const page = await context.newPage();
			const id = await startGame(page, lang, {
				nickname: `${lang}-${javaScriptEnabled ? 'js' : 'nojs'}`
			});

			let score = 0;
			let streak = 0;
			for (const [index, right] of plan.entries()) {
				await expect(page.locator('.progress-count')).toHaveText(`${index + 1} / ${plan.length}`);
				await expect(page.getByTestId('score')).toHaveText(String(score));
				score += await playOne(page, lang, right, streak);
				streak = right ? streak + 1 : 0;
				await expect(page.getByTestId('score')).toHaveText(String(score));
				const last = index === plan.length - 1;
				await page.getByRole('button', { name: last ? ui[lang].results : ui[lang].next }).click();
			}

			await expect(page).toHaveURL(`/play/${id}/result`);
			await expect(page.getByTestId('final-score')).toHaveText(String(score));
			await expect(page.getByTestId('accuracy')).toHaveText(formatPercent(0.6, lang));
			await expect(page.getByTestId('best-streak')).toHaveText('2');
			await expect(page.getByTestId('place')).toBeVisible();

			await page.getByRole('link', { name: ui[lang].review }).click();
			await expect(page).toHaveURL(`/play/${id}/review`);
			const items = page.getByTestId('review-item');
			await expect(items).toHaveCount(plan.length);
			for (const [index, right] of plan.entries()) {
				const item = items.nth(index);
				await expect(item.getByTestId('right-answer')).not.toBeEmpty();
				if (right) {
					await expect(item.getByTestId('your-answer')).toHaveText(
						(await item.getByTestId('right-answer').textContent()) ?? ''
					);
				} else {
					await expect(item.getByTestId('your-answer')).not.toHaveText(
						(await item.getByTestId('right-answer').textContent()) ?? ''
					);
				}
				await expect(item.locator('.source-sentence mark').first()).toBeVisible();
			}

			// The review's article link opens the article at the source sentence.
			const link = items.first().getByRole('link', { name: ui[lang].openArticle }).first();
			const href = (await link.getAttribute('href'))!;
			await link.click();
			await expect(page).toHaveURL(href);
			await expect(page.locator(`li${href.slice(href.indexOf('#'))}`)).toBeVisible();
			await context.close();
		});
	}
}

test('keys 1–4 answer the question with JavaScript', async ({ page }) => {
	await startGame(page, 'en');
	const q = await currentQuestion(page);
	await page.keyboard.press(String(q.answer + 1));
	await expect(page.getByTestId('feedback').getByRole('heading', { level: 2 })).toHaveText(
		ui.en.right
	);
	await expect(page.locator('#verdict')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.progress-count')).toHaveText(/^2 \/ /);
	await expect(page.locator('#question-title')).toBeFocused();
});

test('timed mode shows a countdown with JavaScript and the deadline without', async ({
	browser
}) => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled, locale: 'ar' });
		const page = await context.newPage();
		await startGame(page, 'ar', { timed: true });
		if (javaScriptEnabled) {
			await expect(page.getByRole('timer')).toContainText(/بقيت/);
			const q = await currentQuestion(page);
			await page.locator(`button[data-choice="${q.answer}"]`).click();
			// A fast right answer earns more than the base points: the speed bonus.
			const points = Number(
				(await page.getByTestId('points').locator('strong').textContent())?.replace(/\D/g, '')
			);
			expect(points).toBeGreaterThan(basePoints);
		} else {
			await expect(page.locator('.countdown-static')).toContainText(/أجب قبل \d\d:\d\d:\d\d/);
		}
		await context.close();
	}
});

test('the article reader marks source sentences and starts a game on that article', async ({
	page
}) => {
	const source = bank.questions[0]!.sources[0]!;
	await page.goto(`/articles/${source.article}#s${source.sentence}`);
	await expect(page.locator(`li#s${source.sentence}.backed`)).toBeVisible();
	await page.getByRole('link', { name: 'Play with this article' }).click();
	await expect(page.locator('select[name=article]')).toHaveValue(source.article);
	await page.getByRole('button', { name: ui.en.start }).click();
	const q = await currentQuestion(page);
	expect(q.sources.some((s) => s.article === source.article)).toBe(true);
});
