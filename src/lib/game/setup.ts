// Reads and checks the game setup form. Pure: the route passes the form and the known article ids.
import { isQuestionKind, questionKinds, type QuestionKind } from './types';

export const questionCounts = [5, 10, 20] as const;
export type QuestionCount = (typeof questionCounts)[number];
export const maxNicknameLength = 24;

export interface GameSetup {
	count: QuestionCount;
	kinds: QuestionKind[];
	/** One article's id, or null for all articles. */
	article: string | null;
	timed: boolean;
	nickname: string | null;
}

/** What the form said, echoed back into the form when it is refused. */
export interface SetupValues {
	count: string;
	kinds: string[];
	article: string;
	timing: string;
	nickname: string;
}

/** 'form' is for problems of the whole setup (nothing matches, saving failed). */
export type SetupField = 'count' | 'kinds' | 'article' | 'timing' | 'nickname' | 'form';
/** Message keys per field, under `play:setup.errors`. */
export type SetupErrors = Partial<Record<SetupField, string>>;

export const defaultSetupValues: SetupValues = {
	count: '10',
	kinds: [...questionKinds],
	article: 'all',
	timing: 'timed',
	nickname: ''
};

export interface FormLike {
	get(name: string): unknown;
	getAll(name: string): unknown[];
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

export function readSetupValues(form: FormLike): SetupValues {
	return {
		count: text(form.get('count')),
		kinds: form.getAll('kind').map(text),
		article: text(form.get('article')),
		timing: text(form.get('timing')),
		nickname: text(form.get('nickname'))
	};
}

export type SetupResult =
	{ ok: true; setup: GameSetup } | { ok: false; errors: SetupErrors; values: SetupValues };

export function parseSetup(form: FormLike, articleIds: ReadonlySet<string>): SetupResult {
	const values = readSetupValues(form);
	const errors: SetupErrors = {};

	const count = Number(values.count);
	if (!(questionCounts as readonly number[]).includes(count)) errors.count = 'count';

	const kinds = [...new Set(values.kinds)];
	if (kinds.length === 0) errors.kinds = 'noKind';
	else if (!kinds.every(isQuestionKind)) errors.kinds = 'badKind';

	const article = values.article === 'all' ? null : values.article;
	if (article !== null && !articleIds.has(article)) errors.article = 'article';

	if (values.timing !== 'timed' && values.timing !== 'untimed') errors.timing = 'timing';

	// Names are shown to everyone on the leaderboard: short, one line, no invisible controls.
	const nickname = values.nickname.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if ([...nickname].length > maxNicknameLength) errors.nickname = 'nicknameLong';
	else if (/[\p{Cc}\p{Cf}]/u.test(nickname)) errors.nickname = 'nicknameChars';

	if (Object.keys(errors).length > 0) return { ok: false, errors, values };
	return {
		ok: true,
		setup: {
			count: count as QuestionCount,
			kinds: questionKinds.filter((kind) => kinds.includes(kind)),
			article,
			timed: values.timing === 'timed',
			nickname: nickname === '' ? null : nickname
		}
	};
}

/** What the picker needs to know of a question: its kind and, when known, the sentences behind it. */
export interface Pickable {
	kind: QuestionKind;
	sources?: readonly { article: string; sentence: number }[];
}

/**
 * Picks up to `count` questions, mixing kinds evenly: each kind's questions are shuffled, then taken
 * in turns, so a 5-question game with seven kinds does not come out all dates. A question backed by a
 * sentence that an already picked question also cites waits until the end: two questions on one
 * sentence ("who met Aliyev in Prague?", "where did Aliyev and Pashinyan meet?") give each other away.
 */
export function pickQuestions<T extends Pickable>(
	candidates: readonly T[],
	count: number,
	random: () => number
): T[] {
	const byKind = new Map<QuestionKind, T[]>();
	for (const question of candidates) {
		const list = byKind.get(question.kind) ?? [];
		list.push(question);
		byKind.set(question.kind, list);
	}
	const queues = shuffle([...byKind.values()], random).map((list) => shuffle(list, random));
	const sentences = (question: T): string[] =>
		(question.sources ?? []).map((source) => `${source.article}#${source.sentence}`);
	const cited = new Set<string>();
	const picked: T[] = [];
	const deferred: T[] = [];
	while (picked.length < count && queues.some((queue) => queue.length > 0)) {
		for (const queue of queues) {
			const next = queue.shift();
			if (!next || picked.length >= count) continue;
			if (sentences(next).some((key) => cited.has(key))) {
				deferred.push(next);
				continue;
			}
			picked.push(next);
			for (const key of sentences(next)) cited.add(key);
		}
	}
	// Only when the pool has nothing else: better a game of the length asked for than a shorter one.
	picked.push(...deferred.slice(0, Math.max(0, count - picked.length)));
	return shuffle(picked, random);
}

function shuffle<T>(items: T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}
