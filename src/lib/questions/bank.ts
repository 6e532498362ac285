// Assembles the bank: articles with their translations, facts, and the generated questions after
// the editor's rejections and corrections, ordered and serialised so rebuilds are byte-identical.
import type { Article, Fact, Lexicon } from '../pipeline/types';
import { generateQuestions, type DraftQuestion } from './generate';
import { findSpan, spelledVariants, TranslationIndex } from './translations';
import type {
	ArticleTranslation,
	Bank,
	BankArticle,
	BankQuestion,
	BankSource,
	Editorial,
	GenerationNote
} from './types';
import { emptyEditorial } from './types';
import { questionKinds } from '../game/types';

export interface BuildInput {
	articles: readonly Article[];
	facts: readonly Fact[];
	lexicon: Lexicon;
	translations?: readonly ArticleTranslation[];
	editorial?: Editorial;
}

export interface BuildResult {
	bank: Bank;
	notes: GenerationNote[];
	/** Sentences with no English translation, per article. */
	untranslated: { article: string; sentence: number; ar: string }[];
	/** Question ids the editorial file names that the build did not produce. */
	staleEditorial: string[];
}

function bankArticles(articles: readonly Article[], index: TranslationIndex): BankArticle[] {
	return [...articles]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((a) => ({
			id: a.id,
			title: a.title === null ? null : { ar: a.title, en: index.title(a.id) },
			sentences: a.sentences.map((s) => ({
				index: s.index,
				ar: s.text,
				en: index.sentence(a.id, s.text)
			}))
		}));
}

/**
 * Where the answer's English text sits in the translated sentence: full text, then its last word.
 * Named twice («the blockade of Nagorno-Karabakh … the largest city in Nagorno-Karabakh»), the one
 * whose place in the sentence is nearest the Arabic span's (`at`, 0 to 1) is the answer's.
 */
function englishSpan(en: string | null, highlight: string | null, at: number): [number, number] | undefined {
	if (!en || !highlight) return undefined;
	const variants = [
		highlight,
		highlight.replace(/,/g, ''),
		...spelledVariants(highlight),
		highlight.split(' ').at(-1) ?? ''
	];
	for (const v of variants) {
		if (v.length < 3 && !/^\d+$/.test(v)) continue;
		const spans: [number, number][] = [];
		for (let span = findSpan(en, v); span; span = findSpan(en, v, span[1])) spans.push(span);
		const distance = (span: [number, number]): number => Math.abs(span[0] / en.length - at);
		const nearest = spans.sort((a, b) => distance(a) - distance(b))[0];
		if (nearest) return nearest;
	}
	return undefined;
}

function applyEditorial(q: DraftQuestion, editorial: Editorial): DraftQuestion {
	const fix = editorial.correct[q.id];
	if (!fix) return q;
	return {
		...q,
		prompt: { ...q.prompt, ...fix.prompt },
		options: q.options.map((o) => ({ ...o, ...(fix.options?.[o.ar] ?? {}) }))
	};
}

const kindOrder = new Map<string, number>(questionKinds.map((k, i) => [k, i]));

export function buildBank(input: BuildInput): BuildResult {
	const editorial = input.editorial ?? emptyEditorial;
	const index = new TranslationIndex(input.translations ?? []);
	const articles = bankArticles(input.articles, index);
	const sentenceEn = new Map<string, string | null>();
	const arabicOf = new Map<string, string>();
	for (const a of articles)
		for (const s of a.sentences) {
			sentenceEn.set(`${a.id}#${s.index}`, s.en);
			arabicOf.set(`${a.id}#${s.index}`, s.ar);
		}
	const generated = generateQuestions({
		articles: input.articles,
		facts: input.facts,
		lexicon: input.lexicon,
		editorial,
		translationOf: (e) => sentenceEn.get(`${e.article}#${e.sentence}`) ?? null
	});
	const produced = new Set(generated.questions.map((q) => q.id));
	const questions: BankQuestion[] = generated.questions
		.filter((q) => !(q.id in editorial.reject))
		.map((q) => applyEditorial(q, editorial))
		.map((q) => ({
			id: q.id,
			kind: q.kind,
			relation: q.relation,
			template: q.template,
			factId: q.factId,
			factIds: q.factIds,
			prompt: q.prompt,
			options: q.options,
			answer: q.answer,
			difficulty: q.difficulty,
			confirmedBy: new Set(q.sources.map((s) => s.article)).size,
			sources: q.sources.map((s): BankSource => {
				const ar = arabicOf.get(`${s.article}#${s.sentence}`) ?? '';
				const at = ar.length ? s.span[0] / ar.length : 0;
				const spanEn = englishSpan(sentenceEn.get(`${s.article}#${s.sentence}`) ?? null, q.highlightEn, at);
				return {
					article: s.article,
					sentence: s.sentence,
					span: s.span,
					...(spanEn ? { spanEn } : {})
				};
			})
		}))
		.sort(
			(a, b) =>
				(kindOrder.get(a.kind) ?? 99) - (kindOrder.get(b.kind) ?? 99) || (a.id < b.id ? -1 : 1)
		);
	const untranslated = articles.flatMap((a) =>
		a.sentences.filter((s) => s.en === null).map((s) => ({ article: a.id, sentence: s.index, ar: s.ar }))
	);
	const staleEditorial = [...Object.keys(editorial.reject), ...Object.keys(editorial.correct)]
		.filter((id) => !produced.has(id))
		.sort();
	return {
		bank: {
			version: 1,
			articles,
			facts: [...input.facts].sort((a, b) => (a.id < b.id ? -1 : 1)),
			questions
		},
		notes: generated.notes,
		untranslated,
		staleEditorial
	};
}

/** Objects with sorted keys, arrays in order: the same bank always serialises the same way. */
export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
	}
	return value;
}

export function serializeBank(bank: Bank): string {
	return `${JSON.stringify(sortKeys(bank), null, '\t')}\n`;
}
