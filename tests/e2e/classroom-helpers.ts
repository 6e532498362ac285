// Shared steps for the classroom browser tests: create a class as the teacher, join as students,
// and know the right answers (read from the same bank file the server uses).
import { readFileSync } from 'node:fs';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

interface Localized {
	ar: string;
	en: string | null;
}

interface BankFile {
	questions: { id: string; prompt: Localized; answer: number; options: Localized[] }[];
}

const bank = JSON.parse(
	readFileSync(process.env.BANK_FILE || 'questions/bank.json', 'utf8')
) as BankFile;

/**
 * The right option's index for the question on screen, found by its prompt (an untranslated prompt
 * is shown in Arabic with a note after it) and, when prompts repeat, by its options.
 */
export function rightAnswerFor(prompt: string, shownOptions: string[] = []): number {
	const text = prompt.trim();
	const candidates = bank.questions.filter(
		(q) => q.prompt.en === text || text.startsWith(q.prompt.ar)
	);
	// Questions may share a prompt (every statement claim asks "which is true?") and even a first
	// option: the whole list of options tells them apart.
	const shows = (q: (typeof bank.questions)[number]) =>
		q.options.length === shownOptions.length &&
		q.options.every((o, i) => {
			const shown = shownOptions[i] ?? '';
			return shown.includes(o.ar) || (!!o.en && shown.includes(o.en));
		});
	const question = candidates.length > 1 ? candidates.find(shows) : candidates[0];
	if (!question) throw new Error(`No bank question with the prompt ${text}`);
	return question.answer;
}

export type Locale = 'ar' | 'en';

export interface CreatedClass {
	teacher: BrowserContext;
	host: Page;
	id: string;
	code: string;
}

export interface ClassChoices {
	mode: 'live' | 'assignment';
	timing?: 'timed' | 'untimed';
	count?: 5 | 10 | 20;
	/** Hand-pick this many questions from the list instead of a random set. */
	pick?: number;
	baseURL?: string;
}

const labels = {
	en: {
		live: 'Live, together',
		assignment: 'Assignment, at their own pace',
		create: 'Create the class game'
	},
	ar: { live: 'مباشرة، معًا', assignment: 'واجب، كلٌّ بسرعته', create: 'أنشئ لعبة الصف' }
} as const;

export async function createClass(
	browser: Browser,
	locale: Locale,
	choices: ClassChoices
): Promise<CreatedClass> {
	const teacher = await browser.newContext({
		locale,
		...(choices.baseURL ? { baseURL: choices.baseURL } : {})
	});
	const host = await teacher.newPage();
	// Wait for hydration, which would otherwise reset choices made in the server-rendered form.
	await host.goto('/teach', { waitUntil: 'networkidle' });
	await host.getByLabel(labels[locale][choices.mode]).check();
	await host.locator(`input[name="timing"][value="${choices.timing ?? 'untimed'}"]`).check();
	if (choices.pick) {
		await host.locator('input[name="selection"][value="pick"]').check();
		const boxes = host.locator('input[name="question"]');
		for (let i = 0; i < choices.pick; i++) await boxes.nth(i).check();
	} else {
		await host.locator('select[name="count"]').selectOption(String(choices.count ?? 5));
	}
	await host.getByRole('button', { name: labels[locale].create }).click();
	await host.waitForURL(/\/teach\/[A-Za-z0-9_-]{22}$/);
	const id = host.url().split('/').pop() as string;
	const code = ((await host.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
	expect(code).toMatch(/^[0-9]{6}$/);
	return { teacher, host, id, code };
}

export interface Student {
	context: BrowserContext;
	page: Page;
	nickname: string;
}

const joinLabels = {
	en: { code: 'Join code', nickname: 'Nickname', join: 'Join' },
	ar: { code: 'رمز الانضمام', nickname: 'الاسم المستعار', join: 'انضم' }
} as const;

export async function fillJoin(
	page: Page,
	locale: Locale,
	code: string,
	nickname: string
): Promise<void> {
	await page.goto('/class', { waitUntil: 'networkidle' });
	await page.getByLabel(joinLabels[locale].code, { exact: true }).fill(code);
	await page.getByLabel(joinLabels[locale].nickname, { exact: true }).fill(nickname);
	await page.getByRole('button', { name: joinLabels[locale].join, exact: true }).click();
}

export async function joinStudent(
	browser: Browser,
	locale: Locale,
	code: string,
	nickname: string,
	options: { javaScriptEnabled?: boolean; baseURL?: string } = {}
): Promise<Student> {
	const context = await browser.newContext({
		locale,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		...(options.baseURL ? { baseURL: options.baseURL } : {}),
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await fillJoin(page, locale, code, nickname);
	await page.waitForURL(/\/class\/[A-Za-z0-9_-]{22}$/);
	await expect(page.getByTestId('nickname')).toHaveText(nickname);
	return { context, page, nickname };
}

/** Answers the question on the student's screen: rightly, or with the first wrong option. */
export async function answer(student: Student, right: boolean): Promise<void> {
	// Options are shown only while the question is open: once they are, the title is the current one.
	await expect(student.page.locator('button[name="choice"]').first()).toBeVisible();
	const prompt = (await student.page.locator('#question-title').textContent()) ?? '';
	const options = await student.page.locator('button[name="choice"]').allTextContents();
	const correct = rightAnswerFor(prompt, options);
	const choice = right ? correct : correct === 0 ? 1 : 0;
	await student.page.locator(`button[name="choice"][value="${choice}"]`).click();
}
