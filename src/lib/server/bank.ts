// The one module that reads the question bank (questions/bank.json, or BANK_FILE): it checks the file
// once per server process, indexes it, and hands pages only what they may see. The right answer
// leaves this module only through `reveal`, which routes call once a question is settled.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import {
	isQuestionKind,
	type ArticleSummary,
	type Localized,
	type PublicQuestion,
	type QuestionKind,
	type Reveal,
	type SourceView
} from '$lib/game/types';
import type {
	BankArticle,
	BankSentence,
	BankSource,
	BankQuestion as GeneratedQuestion
} from '$lib/questions/types';

export type { BankArticle, BankSentence, BankSource };

/**
 * What the server needs of a question. The generator writes more (`relation`, `factIds`, …), but a
 * bank from another tool only has to carry these, so they are all this module checks and keeps.
 */
export type BankQuestion = Pick<
	GeneratedQuestion,
	'id' | 'kind' | 'prompt' | 'options' | 'answer' | 'sources'
> & {
	difficulty: number;
	confirmedBy?: number;
};

export interface Bank {
	articles: BankArticle[];
	questions: BankQuestion[];
}

/** The bank file is missing or malformed: the message names the file and the first wrong place. */
export class BankFileError extends Error {
	constructor(file: string, problem: string) {
		super(
			`The question bank ${file} cannot be used: ${problem}. ` +
				'Generate it with `npm run questions`, or set BANK_FILE to a valid bank.'
		);
		this.name = 'BankFileError';
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalized(value: unknown): value is Localized {
	return (
		isRecord(value) &&
		typeof value.ar === 'string' &&
		value.ar.trim() !== '' &&
		(value.en === null || value.en === undefined || typeof value.en === 'string')
	);
}

function isSpan(value: unknown, length: number): value is [number, number] {
	return (
		Array.isArray(value) &&
		value.length === 2 &&
		Number.isInteger(value[0]) &&
		Number.isInteger(value[1]) &&
		0 <= value[0] &&
		value[0] < value[1] &&
		value[1] <= length
	);
}

/** The first thing wrong with a parsed bank, or null. Cross-checks every source against its article. */
export function bankProblem(data: unknown): string | null {
	if (!isRecord(data)) return 'it does not hold a JSON object';
	if (!Array.isArray(data.articles)) return '"articles" is missing or is not a list';
	if (!Array.isArray(data.questions)) return '"questions" is missing or is not a list';
	const articles = new Map<string, unknown[]>();
	for (const [i, article] of data.articles.entries()) {
		const where = `articles[${i}]`;
		if (!isRecord(article)) return `${where} is not an object`;
		if (typeof article.id !== 'string' || article.id === '') return `${where}.id is not a string`;
		if (articles.has(article.id)) return `${where}.id "${article.id}" is used twice`;
		if (article.title !== null && article.title !== undefined && !isLocalized(article.title)) {
			return `${where}.title is not {"ar": text, "en": text or null}`;
		}
		if (!Array.isArray(article.sentences)) return `${where}.sentences is not a list`;
		for (const [j, sentence] of article.sentences.entries()) {
			if (!isLocalized(sentence) || (sentence as { index?: unknown }).index !== j) {
				return `${where}.sentences[${j}] is not {"index": ${j}, "ar": text, "en": text or null}`;
			}
		}
		articles.set(article.id, article.sentences);
	}
	const ids = new Set<string>();
	for (const [i, question] of data.questions.entries()) {
		const where = `questions[${i}]`;
		if (!isRecord(question)) return `${where} is not an object`;
		if (typeof question.id !== 'string' || question.id === '') return `${where}.id is not a string`;
		if (ids.has(question.id)) return `${where}.id "${question.id}" is used twice`;
		ids.add(question.id);
		if (!isQuestionKind(question.kind))
			return `${where}.kind ${JSON.stringify(question.kind)} is unknown`;
		if (!isLocalized(question.prompt))
			return `${where}.prompt is not {"ar": text, "en": text or null}`;
		const options = question.options;
		if (!Array.isArray(options) || options.length < 2 || !options.every(isLocalized)) {
			return `${where}.options is not a list of at least 2 {"ar", "en"} texts`;
		}
		const answer = question.answer;
		if (
			!Number.isInteger(answer) ||
			(answer as number) < 0 ||
			(answer as number) >= options.length
		) {
			return `${where}.answer is not an index into its ${options.length} options`;
		}
		if (!Array.isArray(question.sources) || question.sources.length === 0) {
			return `${where}.sources is not a non-empty list`;
		}
		for (const [k, source] of question.sources.entries()) {
			const at = `${where}.sources[${k}]`;
			if (!isRecord(source)) return `${at} is not an object`;
			const sentences =
				typeof source.article === 'string' ? articles.get(source.article) : undefined;
			if (!sentences) return `${at}.article ${JSON.stringify(source.article)} is not in "articles"`;
			const sentence = Number.isInteger(source.sentence)
				? (sentences[source.sentence as number] as BankSentence | undefined)
				: undefined;
			if (!sentence)
				return `${at}.sentence ${JSON.stringify(source.sentence)} is not in its article`;
			if (!isSpan(source.span, sentence.ar.length)) {
				return `${at}.span ${JSON.stringify(source.span)} is not a range inside the sentence`;
			}
			if (source.spanEn !== undefined && source.spanEn !== null) {
				if (sentence.en === null || !isSpan(source.spanEn, sentence.en.length)) {
					return `${at}.spanEn ${JSON.stringify(source.spanEn)} is not a range inside the English sentence`;
				}
			}
		}
	}
	return null;
}

function localized(value: Localized): Localized {
	return { ar: value.ar, en: value.en ?? null };
}

/** Keeps only the fields the app uses, with English normalised to text or null. */
function normalise(data: Record<string, unknown>): Bank {
	const articles = (data.articles as BankArticle[]).map((article) => ({
		id: article.id,
		title: article.title ? localized(article.title) : null,
		sentences: article.sentences.map((s) => ({ index: s.index, ar: s.ar, en: s.en ?? null }))
	}));
	const questions = (data.questions as BankQuestion[]).map((q) => ({
		id: q.id,
		kind: q.kind,
		prompt: localized(q.prompt),
		options: q.options.map(localized),
		answer: q.answer,
		difficulty: Number.isFinite(q.difficulty) ? q.difficulty : 1,
		sources: q.sources.map((s) => ({
			article: s.article,
			sentence: s.sentence,
			span: s.span,
			...(s.spanEn ? { spanEn: s.spanEn } : {})
		})),
		...(Number.isInteger(q.confirmedBy) ? { confirmedBy: q.confirmedBy } : {})
	}));
	return { articles, questions };
}

export function parseBank(text: string, file: string): Bank {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new BankFileError(file, `it is not valid JSON (${(error as Error).message})`);
	}
	const problem = bankProblem(data);
	if (problem) throw new BankFileError(file, problem);
	return normalise(data as Record<string, unknown>);
}

export class QuestionBank {
	readonly articles: BankArticle[];
	readonly questions: BankQuestion[];
	#questions = new Map<string, BankQuestion>();
	#articles = new Map<string, BankArticle>();
	/** Per article: sentence index → ids of the questions it backs. */
	#backing = new Map<string, Map<number, string[]>>();

	constructor(bank: Bank) {
		this.articles = bank.articles;
		this.questions = bank.questions;
		for (const article of bank.articles) {
			this.#articles.set(article.id, article);
			this.#backing.set(article.id, new Map());
		}
		for (const question of bank.questions) {
			this.#questions.set(question.id, question);
			for (const source of question.sources) {
				const sentences = this.#backing.get(source.article);
				const list = sentences?.get(source.sentence) ?? [];
				if (!list.includes(question.id)) list.push(question.id);
				sentences?.set(source.sentence, list);
			}
		}
	}

	question(id: string): BankQuestion | undefined {
		return this.#questions.get(id);
	}

	article(id: string): BankArticle | undefined {
		return this.#articles.get(id);
	}

	get articleIds(): ReadonlySet<string> {
		return new Set(this.#articles.keys());
	}

	/** Questions of the given kinds, from one article (any of its sources) or from all. */
	matching(kinds: readonly QuestionKind[], article: string | null): BankQuestion[] {
		return this.questions.filter(
			(q) =>
				kinds.includes(q.kind) &&
				(article === null || q.sources.some((source) => source.article === article))
		);
	}

	countsByKind(): Record<QuestionKind, number> {
		const counts = { host: 0, place: 0, date: 0, casualties: 0, figure: 0, role: 0, claim: 0 };
		for (const question of this.questions) counts[question.kind] += 1;
		return counts;
	}

	/** Sentence index → how many questions it backs, for marking them in the article reader. */
	backedSentences(article: string): Record<number, number> {
		const result: Record<number, number> = {};
		for (const [sentence, ids] of this.#backing.get(article) ?? []) result[sentence] = ids.length;
		return result;
	}

	/** The article's title, or for an untitled one the start of its first sentence. */
	displayTitle(article: BankArticle): Localized {
		if (article.title) return article.title;
		const first = article.sentences[0];
		if (!first) return { ar: article.id, en: null };
		return { ar: shorten(first.ar), en: first.en === null ? null : shorten(first.en) };
	}

	summaries(): ArticleSummary[] {
		return this.articles.map((article) => {
			return {
				id: article.id,
				title: this.displayTitle(article),
				sentences: article.sentences.length,
				questions: [...(this.#backing.get(article.id)?.values() ?? [])].reduce(
					(ids, list) => new Set([...ids, ...list]),
					new Set<string>()
				).size
			};
		});
	}

	/** The question as a page may show it before it is answered. */
	publicQuestion(question: BankQuestion): PublicQuestion {
		return {
			id: question.id,
			kind: question.kind,
			prompt: question.prompt,
			options: question.options
		};
	}

	/** The right answer and its sources: only for a question that is answered or out of time. */
	reveal(question: BankQuestion): Reveal {
		const sources = question.sources.map((source) => this.#sourceView(question, source));
		const articles = new Set(question.sources.map((source) => source.article)).size;
		return {
			answer: question.answer,
			sources,
			confirmedBy: Math.max(question.confirmedBy ?? 0, articles)
		};
	}

	#sourceView(question: BankQuestion, source: BankSource): SourceView {
		const article = this.#articles.get(source.article) as BankArticle;
		const sentence = article.sentences[source.sentence] as BankSentence;
		return {
			article: article.id,
			articleTitle: this.displayTitle(article),
			sentence: sentence.index,
			ar: sentence.ar,
			en: sentence.en,
			span: source.span,
			spanEn: source.spanEn ?? findEnglishAnswer(sentence.en, question)
		};
	}
}

/** Cuts a long sentence to about 80 characters at a word boundary, for use as a title. */
function shorten(text: string): string {
	if (text.length <= 80) return text;
	const space = text.lastIndexOf(' ', 78);
	return `${text.slice(0, space > 40 ? space : 78).trimEnd()}…`;
}

/** Where the right option's English text appears in the English sentence, ignoring case. */
function findEnglishAnswer(
	sentence: string | null,
	question: BankQuestion
): [number, number] | null {
	const answer = question.options[question.answer]?.en?.trim();
	if (!sentence || !answer) return null;
	const start = sentence.toLowerCase().indexOf(answer.toLowerCase());
	return start === -1 ? null : [start, start + answer.length];
}

export function bankFilePath(vars: { BANK_FILE?: string }): string {
	return resolve(vars.BANK_FILE || 'questions/bank.json');
}

let loaded: QuestionBank | null = null;

/** The bank, read and checked on first use; a broken file fails loudly with its name. */
export function questionBank(): QuestionBank {
	if (loaded) return loaded;
	const file = bankFilePath({ BANK_FILE: env.BANK_FILE });
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		// No bank yet (a fresh checkout): pages show their empty state rather than an error.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			console.warn(`No question bank at ${file}: playing is disabled until it exists.`);
			loaded = new QuestionBank({ articles: [], questions: [] });
			return loaded;
		}
		throw new BankFileError(file, `it cannot be read (${(error as Error).message})`);
	}
	loaded = new QuestionBank(parseBank(text, file));
	return loaded;
}
