// Shapes shared by the server and the pages: what a player may see of the question bank.
// Nothing here carries a right answer except `Reveal`, which is sent only once a question is settled.

export const questionKinds = [
	'host',
	'place',
	'date',
	'casualties',
	'figure',
	'role',
	'claim'
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export function isQuestionKind(value: unknown): value is QuestionKind {
	return typeof value === 'string' && (questionKinds as readonly string[]).includes(value);
}

/** Text in both languages; English is null when no translation exists yet. */
export interface Localized {
	ar: string;
	en: string | null;
}

/** A question as shown before it is answered: no answer index, no source (the source gives it away). */
export interface PublicQuestion {
	id: string;
	kind: QuestionKind;
	prompt: Localized;
	options: Localized[];
}

/** A sentence that backs an answer, with the answer's place in it in each language. */
export interface SourceView {
	article: string;
	/** The title, or the start of the first sentence for an untitled article. */
	articleTitle: Localized;
	sentence: number;
	ar: string;
	en: string | null;
	/** [start, end) of the answer in `ar`. */
	span: [number, number];
	/** [start, end) of the answer in `en`, when it can be found there. */
	spanEn: [number, number] | null;
}

/** What is revealed about a question once it has been answered or its time has run out. */
export interface Reveal {
	answer: number;
	sources: SourceView[];
	/** How many different articles state the answer. */
	confirmedBy: number;
}

export interface ArticleSummary {
	id: string;
	/** The title, or the start of the first sentence for an untitled article. */
	title: Localized;
	sentences: number;
	questions: number;
}
