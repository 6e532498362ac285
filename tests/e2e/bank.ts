// The browser tests read the right answers from the same bank file the server plays from, so they
// keep working when the bank is regenerated and its questions change.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const bankFile = process.env.BANK_FILE || 'questions/bank.json';

interface Localized {
	ar: string;
	en: string | null;
}

export interface TestQuestion {
	id: string;
	kind: string;
	prompt: Localized;
	options: Localized[];
	answer: number;
	sources: {
		article: string;
		sentence: number;
		span: [number, number];
		spanEn?: [number, number];
	}[];
}

export interface TestArticle {
	id: string;
	title: Localized | null;
	sentences: { index: number; ar: string; en: string | null }[];
}

export const bank = JSON.parse(readFileSync(bankFile, 'utf8')) as {
	articles: TestArticle[];
	questions: TestQuestion[];
};

export function question(id: string): TestQuestion {
	const found = bank.questions.find((q) => q.id === id);
	if (!found) throw new Error(`question ${id} is not in ${bankFile}`);
	return found;
}

export function article(id: string): TestArticle {
	const found = bank.articles.find((a) => a.id === id);
	if (!found) throw new Error(`article ${id} is not in ${bankFile}`);
	return found;
}

/** The text the page should highlight in the primary source sentence, or null when none. */
export function expectedHighlight(q: TestQuestion, lang: 'ar' | 'en'): string | null {
	const source = q.sources[0]!;
	const sentence = article(source.article).sentences[source.sentence]!;
	if (lang === 'ar' || sentence.en === null) return sentence.ar.slice(...source.span);
	if (source.spanEn) return sentence.en.slice(...source.spanEn);
	const answer = q.options[q.answer]?.en;
	if (!answer) return null;
	const start = sentence.en.toLowerCase().indexOf(answer.toLowerCase());
	return start === -1 ? null : sentence.en.slice(start, start + answer.length);
}

export const allKinds = ['host', 'place', 'date', 'casualties', 'figure', 'role', 'claim'];

export const ui = {
	ar: {
		start: 'ابدأ اللعبة',
		right: 'إجابة صحيحة!',
		wrong: 'ليست الإجابة الصحيحة.',
		next: 'السؤال التالي',
		results: 'اعرض نتيجتك',
		review: 'راجع كل الأسئلة',
		openArticle: 'اقرأ المقال كاملًا عند هذه الجملة'
	},
	en: {
		start: 'Start the game',
		right: 'Right!',
		wrong: 'Not quite.',
		next: 'Next question',
		results: 'See your results',
		review: 'Review every question',
		openArticle: 'Read the full article at this sentence'
	}
} as const;

/** Starts a game from the home page form; returns its id. */
export async function startGame(
	page: Page,
	lang: 'ar' | 'en',
	options: { count?: 5 | 10 | 20; timed?: boolean; nickname?: string } = {}
): Promise<string> {
	await page.goto('/');
	await page.locator(`input[name=count][value="${options.count ?? 5}"]`).check();
	await page.locator(`input[name=timing][value="${options.timed ? 'timed' : 'untimed'}"]`).check();
	if (options.nickname) await page.locator('input[name=nickname]').fill(options.nickname);
	await page.getByRole('button', { name: ui[lang].start }).click();
	await expect(page).toHaveURL(/\/play\/[A-Za-z0-9_-]{22}$/);
	return new URL(page.url()).pathname.split('/')[2]!;
}

/** The id of the question on screen, read from the answer form. */
export async function currentQuestion(page: Page): Promise<TestQuestion> {
	return question(await page.locator('input[name=question]').inputValue());
}
