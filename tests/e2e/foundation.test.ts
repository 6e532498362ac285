import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

test.describe('language on the first byte', () => {
	test('Arabic by default: the raw HTML already says lang="ar" dir="rtl"', async ({ request }) => {
		const response = await request.get('/', { headers: { 'Accept-Language': '' } });
		const html = await response.text();
		expect(html).toMatch(/^<!doctype html>\s*<html lang="ar" dir="rtl">/);
		expect(html).toContain('تحقّق');
	});

	test('Accept-Language: en gives lang="en" dir="ltr"', async ({ request }) => {
		const response = await request.get('/', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
		expect(await response.text()).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/);
		expect(response.headers()['content-language']).toBe('en');
	});

	test('the page in a browser with an Arabic locale is right-to-left', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'ar' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('تحقّق');
		await context.close();
	});
});

test.describe('language switch', () => {
	for (const javaScriptEnabled of [false, true]) {
		test(`works ${javaScriptEnabled ? 'with' : 'without'} JavaScript and is remembered`, async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled, locale: 'ar' });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

			await page.getByRole('button', { name: 'Switch to English' }).click();
			await expect(page).toHaveURL('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Check it');

			// A new visit keeps the choice, whatever the browser's language.
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');

			await page.getByRole('button', { name: 'التبديل إلى العربية' }).click();
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await context.close();
		});
	}

	test('refuses an unknown language with a clear message and no redirect elsewhere', async ({
		request,
		baseURL
	}) => {
		const bad = await request.post('/lang', {
			form: { lang: 'xx', redirectTo: '/' },
			headers: { Origin: baseURL ?? '' }
		});
		expect(bad.status()).toBe(400);
		const offsite = await request.post('/lang', {
			form: { lang: 'en', redirectTo: '//evil.example/' },
			headers: { Origin: baseURL ?? '' },
			maxRedirects: 0
		});
		expect(offsite.status()).toBe(303);
		expect(offsite.headers()['location']).toBe('/');
	});

	test('keeps SvelteKit’s origin check on form posts', async ({ request }) => {
		const forged = await request.post('/lang', {
			form: { lang: 'en', redirectTo: '/' },
			headers: { Origin: 'http://evil.example' },
			maxRedirects: 0
		});
		expect(forged.status()).toBe(403);
	});
});

test.describe('headers and errors', () => {
	test('security headers are set', async ({ request }) => {
		const response = await request.get('/');
		const headers = response.headers();
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('same-origin');
	});

	test('a missing page says so in the player’s language', async ({ browser }) => {
		for (const [locale, text] of [
			['ar', 'لم نجد هذه الصفحة'],
			['en', 'We could not find this page']
		] as const) {
			const context = await browser.newContext({ locale });
			const page = await context.newPage();
			const response = await page.goto('/no-such-page');
			expect(response?.status()).toBe(404);
			await expect(page.getByText(text)).toBeVisible();
			await context.close();
		}
	});
});

test.describe('accessibility', () => {
	for (const locale of ['ar', 'en']) {
		for (const path of ['/', '/no-such-page']) {
			test(`${path} in ${locale} has no serious axe violation`, async ({ browser }) => {
				const context = await browser.newContext({ locale });
				const page = await context.newPage();
				await page.goto(path);
				await expectNoSeriousA11yViolations(page);
				await context.close();
			});
		}
	}
});
