// The question bank's shapes (read by the game server) and the inputs generation takes besides facts.
import type { Fact, FactKind } from '../pipeline/types';
import type { Localized, QuestionKind } from '../game/types';

export type { Localized, QuestionKind };

export interface BankSentence {
	index: number;
	ar: string;
	en: string | null;
}

export interface BankArticle {
	id: string;
	title: Localized | null;
	sentences: BankSentence[];
}

export interface BankSource {
	article: string;
	sentence: number;
	/** [start, end) of the answer in the sentence's Arabic text. */
	span: [number, number];
	/** [start, end) of the answer's English text in the sentence's translation, when it occurs there. */
	spanEn?: [number, number];
}

export interface BankQuestion {
	id: string;
	kind: QuestionKind;
	/** The fact kind asked about (host, sponsor, mediator, … for `host` questions). */
	relation: FactKind;
	template: string;
	factId: string;
	/** Every fact whose value is the answer, the primary first. */
	factIds: string[];
	prompt: Localized;
	options: Localized[];
	answer: number;
	difficulty: 1 | 2 | 3;
	/** Distinct articles among the sources. */
	confirmedBy: number;
	/** Primary source first. */
	sources: BankSource[];
}

export interface Bank {
	version: 1;
	articles: BankArticle[];
	facts: Fact[];
	questions: BankQuestion[];
}

/** `questions/translations/<id>.json`. */
export interface ArticleTranslation {
	article: string;
	title: Localized | null;
	sentences: { ar: string; en: string }[];
}

/** `questions/editorial.json`: an editor's decisions, keyed by question id. */
export interface Editorial {
	reject: Record<string, string>;
	correct: Record<string, { prompt?: Partial<Localized>; options?: Record<string, Partial<Localized>> }>;
	/** Arabic grammatical gender of a lexicon entity when the rules guess wrong. */
	gender: Record<string, 'm' | 'f'>;
}

export const emptyEditorial: Editorial = { reject: {}, correct: {}, gender: {} };

/** Something generation could not do well, for the build report (never silently dropped). */
export interface GenerationNote {
	kind: 'dropped' | 'missing-english' | 'extractor';
	factId?: string;
	message: string;
}
