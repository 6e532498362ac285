// «ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي»: a sentence ties an
// earlier event, dated relative to the article, to a meeting it names. The date alone is not specific
// (Russia mediated more than once); tied to the meeting and to what the meeting did, it is. Only a
// clause read whole is tied: a verb of a known list whose subject is a definite meeting noun, its object
// in a few words, «خلال», «أثناء» or «في», a definite event noun, the countries its adjectives name and
// the date right after them; nothing punctuated, quoted or negated in between.
import type { SentenceInfo } from '../analyze';
import type { DateMatch } from '../dates';
import { quoteRanges } from '../sentences';
import { CLAUSE_BREAKERS } from './span-clauses';
import type { Token } from '../tokens';
import type { DateTie, EntityRef, EventType } from '../types';

/** A meeting word of the sentence (see `findMeetingCues`): a noun cue has no verb. */
export interface TieCue {
	from: number;
	to: number;
	verb: string | null;
}

interface TieVerb {
	keys: string[];
	m: string;
	f: string;
	en: string;
}

/** What a meeting does with an earlier event's outcome, in both genders (normalised keys). */
const VERBS: TieVerb[] = [
	{ keys: ['ناقش', 'ناقشت'], m: 'ناقش', f: 'ناقشت', en: 'discussed' },
	{ keys: ['بحث', 'بحثت'], m: 'بحث', f: 'بحثت', en: 'discussed' },
	{ keys: ['تناول', 'تناولت'], m: 'تناول', f: 'تناولت', en: 'addressed' },
	{ keys: ['استعرض', 'استعرضت'], m: 'استعرض', f: 'استعرضت', en: 'reviewed' },
	{ keys: ['راجع', 'راجعت'], m: 'راجع', f: 'راجعت', en: 'reviewed' },
	{ keys: ['اكد', 'اكدت'], m: 'أكّد', f: 'أكّدت', en: 'confirmed' }
];

/** Prepositions that place the object in the dated event. */
const DURING = new Set(['خلال', 'اثناء', 'في']);

/** Event nouns the date can belong to (normalised, without «ال»), with their type and English. */
const EVENT_NOUNS: Record<string, { type: EventType; en: string }> = {
	وساطه: { type: 'other', en: 'mediation' },
	محادثات: { type: 'talks', en: 'talks' },
	مباحثات: { type: 'talks', en: 'talks' },
	مفاوضات: { type: 'talks', en: 'negotiations' },
	مشاورات: { type: 'talks', en: 'consultations' },
	قمه: { type: 'summit', en: 'summit' },
	اجتماع: { type: 'meeting', en: 'meeting' },
	اجتماعات: { type: 'meeting', en: 'meetings' },
	لقاء: { type: 'meeting', en: 'meeting' },
	لقاءات: { type: 'meeting', en: 'meetings' },
	جوله: { type: 'talks', en: 'round' },
	زياره: { type: 'other', en: 'visit' },
	حرب: { type: 'war', en: 'war' }
};

/** Objects whose English is known (normalised, without «ال»). */
const OBJECTS: Record<string, string> = {
	اتفاق: 'agreement',
	اتفاقات: 'agreements',
	اتفاقيه: 'agreement',
	اتفاقيات: 'agreements',
	تفاهم: 'understanding',
	تفاهمات: 'understandings',
	قرارات: 'decisions',
	ترتيبات: 'arrangements',
	تعهدات: 'commitments',
	التزامات: 'commitments',
	نتايج: 'results',
	خطوات: 'steps'
};

/** Relative clauses after the object whose English is known («التي تم التوصل إليها» → reached). */
const REACHED: { seq: RegExp[]; en: string }[] = [
	{ seq: [/^تم$/, /^التوصل$/, /^اليه(?:ا|ما)?$/], en: 'reached' },
	{ seq: [/^تم$/, /^(?:ابرام|توقيع)(?:ه|ها|هما)$/], en: 'concluded' },
	{ seq: [/^ابرمت?$/], en: 'concluded' },
	{ seq: [/^وقعت?$/], en: 'signed' },
	{ seq: [/^اتخذت?$/], en: 'taken' }
];

/** An object holding one of these is not read as the meeting's object (relative clauses stop at a few more). */
const NOT_IN_CLAUSE = CLAUSE_BREAKERS;

const MAX_OBJECT = 8;

function gapPunctuated(info: SentenceInfo, a: Token | undefined, b: Token | undefined): boolean {
	return !a || !b || /[^\s]/.test(info.text.slice(a.end, b.start));
}

/** The key without a leading «و» or «ف» (a conjunction on a verb). */
function bare(key: string): string {
	return key.replace(/^[وف](?=...)/, '');
}

function tieVerb(token: Token | undefined): TieVerb | null {
	if (!token) return null;
	return VERBS.find((v) => v.keys.includes(token.key) || v.keys.includes(bare(token.key))) ?? null;
}

/** «الاتفاقات التي تم التوصل إليها» → "the agreements reached"; null when a word is not known. */
function objectEnglish(tokens: readonly Token[]): string | null {
	const [head, pronoun, ...clause] = tokens;
	const noun = head && head.key.startsWith('ال') ? OBJECTS[head.key.slice(2)] : undefined;
	if (!noun) return null;
	if (!pronoun) return `the ${noun}`;
	if (pronoun.key !== 'التي' && pronoun.key !== 'الذي') return null;
	const verb = REACHED.find(
		(r) => r.seq.length === clause.length && r.seq.every((re, i) => re.test(clause[i]?.key ?? ''))
	);
	return verb ? `the ${noun} ${verb.en}` : null;
}

/**
 * The tie of date `d`, or null: the meeting cue it is tied to and the dated event's noun (token
 * indexes), the noun's event type, and what the sentence says, without the meeting's event id, which
 * is known once the article's meetings are grouped.
 */
export function dateTie(
	info: SentenceInfo,
	d: DateMatch,
	cues: readonly TieCue[]
): { cue: number; noun: number; type: EventType; tie: Omit<DateTie, 'eventId'> } | null {
	if (!d.date.relative) return null;
	const t = info.tokens;
	// The countries named as adjectives of the event noun, right before the date.
	const agents: EntityRef[] = [];
	let k = d.from;
	for (;;) {
		const adjective = info.mentions.find(
			(m) => m.to === k && m.adjective && m.entry.type === 'country'
		);
		if (!adjective || agents.length === 3) break;
		agents.unshift(adjective.ref);
		k = adjective.from;
	}
	const nounAt = k - 1;
	const noun = t[nounAt];
	const prep = t[nounAt - 1];
	if (!noun || !prep || !noun.key.startsWith('ال') || !DURING.has(prep.key)) return null;
	const known = EVENT_NOUNS[noun.key.slice(2)];
	if (!known) return null;
	// The meeting and its verb: «ناقش الاجتماع …» (verb first) or «الاجتماع ناقش …».
	const prepAt = nounAt - 1;
	let found: { cue: TieCue; verb: TieVerb; objectAt: number } | null = null;
	for (const cue of cues) {
		if (
			cue.verb !== null ||
			cue.to > prepAt ||
			!(t[cue.from]?.key ?? '').replace(/^[وف]/, '').startsWith('ال')
		)
			continue;
		const before = tieVerb(t[cue.from - 1]);
		const after = tieVerb(t[cue.to]);
		if (before && !gapPunctuated(info, t[cue.from - 1], t[cue.from]))
			found = { cue, verb: before, objectAt: cue.to };
		else if (after && !gapPunctuated(info, t[cue.to - 1], t[cue.to]))
			found = { cue, verb: after, objectAt: cue.to + 1 };
	}
	if (!found) return null;
	const object = t.slice(found.objectAt, prepAt);
	if (object.length === 0 || object.length > MAX_OBJECT) return null;
	if (object.some((w) => NOT_IN_CLAUSE.has(bare(w.key)) || NOT_IN_CLAUSE.has(w.key))) return null;
	if (info.dates.some((x) => x !== d && x.from >= found.objectAt && x.from < d.from)) return null;
	for (let i = found.objectAt; i < d.from; i++)
		if (gapPunctuated(info, t[i], t[i + 1])) return null;
	const from = t[found.objectAt] as Token;
	if (quoteRanges(info.text).some((r) => from.start > r.start && from.start < r.end)) return null;
	const last = t[d.from - 1] as Token;
	return {
		cue: found.cue.from,
		noun: nounAt,
		type: known.type,
		tie: {
			verb: { m: found.verb.m, f: found.verb.f, en: found.verb.en },
			rest: info.text.slice(from.start, last.end),
			object: objectEnglish(object),
			noun: known.en,
			agents
		}
	};
}
