// A span counted back from the article's own time, stated in a relative clause about one thing:
// «الهدنة الجديدة التي أُبرمت قبل ثلاثة أيام» (an event's noun phrase and a verb of the known list),
// «بوتين، الذي كان قلقًا منذ ثمانية أشهر بشأن الحرب في أوكرانيا» (a person named before a comma).
// Only a clause that can be cut out whole is read: the pronoun, a verb, at most a few words, the span and
// at most a few more words up to punctuation or the sentence's end; never in quoted speech, never negated,
// never a span counted from another event («قبل يومين من القمة»).
import type { SentenceInfo } from '../analyze';
import type { QuantityMatch } from '../numbers';
import { quoteRanges } from '../sentences';
import { writtenOffset, type Token } from '../tokens';
import type { SpanClause } from '../types';

/** The units of a span questions ask about (questions/intervals.ts): an hour or a decade ago is not. */
export const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);
const PRONOUNS: Record<string, 'm' | 'f'> = { الذي: 'm', التي: 'f' };
const PUNCTUATION = /[،,:؛;.()[\]"«»“”„!?؟…\-–—]/;
/**
 * Words that negate a clause or open another one, so that words cut out around them would not say
 * what the sentence says; the tied-date rule (date-ties.ts) refuses an object holding one too.
 */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
	'لم',
	'لن',
	'لا',
	'ليس',
	'غير',
	'دون',
	'بدون',
	'حيث',
	'عندما',
	'بينما',
	'لكن',
	'ولكن',
	'ان',
	'انه',
	'انها'
]);
/** A relative clause cut out whole stops at more: «ليست», «ما», and «إذ/حين/حتى» opening a time clause. */
const NOT_IN_CLAUSE = new Set([...CLAUSE_BREAKERS, 'ليست', 'ما', 'اذ', 'حين', 'حتي']);
/** Words that cannot open the clause as its verb. */
const NOT_A_VERB = new Set(['قد', 'لقد', 'سوف', 'هو', 'هي', 'هم', 'هما', 'كان قد']);
/** Heads a person's name completes as a genitive («مكتب بوتين، الذي»): the clause may be the head's. */
const CONSTRUCT_HEADS = new Set([
	'مكتب',
	'حكومه',
	'اداره',
	'نظام',
	'حزب',
	'قوات',
	'جيش',
	'فريق',
	'مستشار',
	'مساعد',
	'نجل',
	'ابن',
	'زوجه',
	'عهد',
	'ولايه',
	'خطاب',
	'تصريحات',
	'مبعوث',
	'ممثل'
]);

interface EventNoun {
	en: string;
	plural: boolean;
}

/** Event nouns a clause can be about, without «ال» (normalised). */
const EVENT_NOUNS: Record<string, EventNoun> = {
	هدنه: { en: 'truce', plural: false },
	اتفاق: { en: 'agreement', plural: false },
	اتفاقيه: { en: 'agreement', plural: false },
	معاهده: { en: 'treaty', plural: false },
	حرب: { en: 'war', plural: false },
	اشتباكات: { en: 'clashes', plural: true },
	مواجهات: { en: 'clashes', plural: true },
	معارك: { en: 'battles', plural: true },
	هجوم: { en: 'attack', plural: false },
	قمه: { en: 'summit', plural: false },
	محادثات: { en: 'talks', plural: true },
	مفاوضات: { en: 'negotiations', plural: true },
	اجتماع: { en: 'meeting', plural: false },
	لقاء: { en: 'meeting', plural: false },
	زياره: { en: 'visit', plural: false },
	احتجاجات: { en: 'protests', plural: true },
	مظاهرات: { en: 'demonstrations', plural: true },
	انتخابات: { en: 'elections', plural: true }
};
/** «وقف إطلاق النار»: the one multi-word event noun, read back from its last word. */
const CEASE = 'وقف';
const FIRING = 'اطلاق';

/** Adjectives of an event noun (normalised, both genders) with their English. */
const ADJECTIVES: Record<string, string> = {
	الجديد: 'new',
	الجديده: 'new',
	الاخير: 'latest',
	الاخيره: 'latest',
	الانساني: 'humanitarian',
	الانسانيه: 'humanitarian',
	الحدودي: 'border',
	الحدوديه: 'border',
	العسكري: 'military',
	العسكريه: 'military',
	الثلاثي: 'trilateral',
	الثلاثيه: 'trilateral',
	الثنايي: 'bilateral',
	الثناييه: 'bilateral',
	المسلح: 'armed',
	المسلحه: 'armed',
	العنيف: 'violent',
	العنيفه: 'violent',
	الدامي: 'deadly',
	الداميه: 'deadly',
	الاول: 'first',
	الاولي: 'first',
	الثاني: 'second',
	الثانيه: 'second',
	السابق: 'previous',
	السابقه: 'previous',
	الموقت: 'temporary',
	الموقته: 'temporary',
	الشامل: 'comprehensive',
	الشامله: 'comprehensive'
};

interface EventVerb {
	m: string[];
	f: string[];
	ar: { m: string; f: string };
	en: { base: string; participle: string; passive: boolean };
}

/** Verbs that say when an event happened, as written without hamza or vowels, spelt in full. */
const EVENT_VERBS: EventVerb[] = [
	{
		m: ['ابرم', 'برم'],
		f: ['ابرمت', 'برمت'],
		ar: { m: 'أُبرم', f: 'أُبرمت' },
		en: { base: 'conclude', participle: 'concluded', passive: true }
	},
	{
		m: ['اعلن'],
		f: ['اعلنت'],
		ar: { m: 'أُعلن', f: 'أُعلنت' },
		en: { base: 'announce', participle: 'announced', passive: true }
	},
	{
		m: ['عقد'],
		f: ['عقدت'],
		ar: { m: 'عُقد', f: 'عُقدت' },
		en: { base: 'hold', participle: 'held', passive: true }
	},
	{
		m: ['اقر'],
		f: ['اقرت'],
		ar: { m: 'أُقرّ', f: 'أُقرّت' },
		en: { base: 'approve', participle: 'approved', passive: true }
	},
	{
		m: ['اندلع'],
		f: ['اندلعت'],
		ar: { m: 'اندلع', f: 'اندلعت' },
		en: { base: 'break out', participle: 'broken out', passive: false }
	},
	{
		m: ['بدا'],
		f: ['بدات'],
		ar: { m: 'بدأ', f: 'بدأت' },
		en: { base: 'begin', participle: 'begun', passive: false }
	},
	{
		m: ['انتهي'],
		f: ['انتهت'],
		ar: { m: 'انتهى', f: 'انتهت' },
		en: { base: 'end', participle: 'ended', passive: false }
	},
	{
		m: ['جري'],
		f: ['جرت'],
		ar: { m: 'جرى', f: 'جرت' },
		en: { base: 'take place', participle: 'taken place', passive: false }
	},
	{
		m: ['انطلق'],
		f: ['انطلقت'],
		ar: { m: 'انطلق', f: 'انطلقت' },
		en: { base: 'start', participle: 'started', passive: false }
	},
	{
		m: ['توقف'],
		f: ['توقفت'],
		ar: { m: 'توقّف', f: 'توقّفت' },
		en: { base: 'stop', participle: 'stopped', passive: false }
	}
];

function punctuated(text: string, a: Token | undefined, b: Token | undefined): boolean {
	return !a || !b || PUNCTUATION.test(text.slice(a.end, b.start));
}

/** The written text of tokens [from, to), the first token's proclitics left out. */
function written(info: SentenceInfo, from: number, to: number, dropped: number): string {
	const first = info.tokens[from] as Token;
	const last = info.tokens[to - 1] as Token;
	return info.text.slice(first.start + writtenOffset(first.text, dropped), last.end);
}

/** How many letters a definite word carries before its «ال» («والهدنة» → 1), or null when it has none. */
function beforeArticle(key: string): number | null {
	const m = /^(?:[وف]?[بك]?)ال/.exec(key);
	return m ? m[0].length - 2 : null;
}

/** The English noun phrase, when every adjective has an English form («the new truce»). */
function englishHolder(noun: EventNoun, adjectives: readonly (string | null)[]): string | null {
	if (adjectives.some((a) => a === null)) return null;
	// Arabic adjectives follow the noun, the nearest first; English puts them before it, the nearest last.
	return ['the', ...[...adjectives].reverse(), noun.en].join(' ');
}

/** «الهدنة الجديدة» ending just before the pronoun: an event noun and up to two adjectives. */
function eventHolder(info: SentenceInfo, pronoun: number): SpanClause['holder'] | null {
	const t = info.tokens;
	const adjectives: (string | null)[] = [];
	for (let k = pronoun - 1; k >= 0 && adjectives.length <= 2; k--) {
		const token = t[k] as Token;
		// A comma may set the clause off; nothing else may stand between the noun phrase's words.
		if (k + 1 < pronoun && punctuated(info.text, token, t[k + 1])) return null;
		const article = beforeArticle(token.key);
		if (article === null) return null;
		const noun = EVENT_NOUNS[token.key.slice(article + 2)];
		if (noun) {
			const ar = written(info, k, pronoun, article);
			return { ar, en: englishHolder(noun, adjectives), plural: noun.plural };
		}
		const lead = t[k - 2];
		if (token.key === 'النار' && t[k - 1]?.key === FIRING && lead) {
			const dropped = lead.key.length - CEASE.length;
			if (dropped < 0 || dropped > 2 || !lead.key.endsWith(CEASE)) return null;
			const ceasefire: EventNoun = { en: 'ceasefire', plural: false };
			return {
				ar: written(info, k - 2, pronoun, dropped),
				en: englishHolder(ceasefire, adjectives),
				plural: false
			};
		}
		if (article !== 0) return null;
		adjectives.unshift(ADJECTIVES[token.key] ?? null);
	}
	return null;
}

/** A person named just before «، الذي», not as the genitive of another noun («مكتب بوتين»). */
function personHolder(info: SentenceInfo, pronoun: number): SpanClause['holder'] | null {
	const m = info.mentions.find(
		(x) => x.to === pronoun && !x.adjective && x.entry.type === 'person'
	);
	if (!m) return null;
	const t = info.tokens;
	if (!/[،,]/.test(info.text.slice(t[pronoun - 1]?.end ?? 0, t[pronoun]?.start ?? 0))) return null;
	const prev = t[m.from - 1];
	if (
		prev &&
		!punctuated(info.text, prev, t[m.from]) &&
		CONSTRUCT_HEADS.has(prev.key.replace(/^[وفبل]/, ''))
	)
		return null;
	return { entity: m.ref };
}

function eventVerb(key: string, gender: 'm' | 'f'): EventVerb | null {
	return EVENT_VERBS.find((v) => v[gender].includes(key)) ?? null;
}

/**
 * The relative clause a span after «قبل» or «منذ» stands in, or null when it cannot be cut out whole.
 * `q` is the span's quantity («ثلاثة أيام»), right after the frame word.
 */
export function spanClause(
	info: SentenceInfo,
	q: QuantityMatch,
	frame: SpanClause['frame']
): SpanClause | null {
	if (!SPAN_UNITS.has(q.quantity.unit ?? '')) return null;
	const t = info.tokens;
	const frameAt = q.from - 1;
	const frameToken = t[frameAt];
	if (!frameToken || t[q.unitTo]?.key === 'من') return null;
	let pronoun = -1;
	for (let k = frameAt - 1; k >= 0 && k >= frameAt - 4; k--) {
		if (punctuated(info.text, t[k], t[k + 1])) break;
		if (PRONOUNS[(t[k] as Token).key]) {
			pronoun = k;
			break;
		}
	}
	if (pronoun < 1 || pronoun + 1 >= frameAt) return null;
	const gender = PRONOUNS[(t[pronoun] as Token).key] as 'm' | 'f';
	const verbToken = t[pronoun + 1] as Token;
	if (
		NOT_A_VERB.has(verbToken.key) ||
		beforeArticle(verbToken.key) !== null ||
		/\d/.test(verbToken.key)
	)
		return null;
	if (info.mentions.some((m) => m.from === pronoun + 1)) return null;
	const before = t.slice(pronoun + 1, frameAt);
	if (before.some(negatesOrOpens)) return null;
	// Last of the tests before the holder: it scans the whole sentence, the others a few tokens.
	if (quoteRanges(info.text).some((r) => frameToken.start > r.start && frameToken.start < r.end))
		return null;
	const inside = pronoun + 2 < frameAt ? written(info, pronoun + 2, frameAt, 0) : '';
	const person = personHolder(info, pronoun);
	if (person) {
		// «الذي أبرمه»: a pronoun on the verb is its object; the person is then not the clause's subject.
		if (/(?:ه|ها|هم|هما|هن)$/.test(verbToken.key)) return null;
		// A clause set off by a comma is closed by one: its words after the span are then known.
		const end = clauseEnd(info, q.unitTo);
		if (end === null || t.slice(q.unitTo, end).some(negatesOrOpens)) return null;
		const after = q.unitTo < end ? written(info, q.unitTo, end, 0) : '';
		const rest = [inside, after].filter(Boolean).join(' ');
		return { frame, gender, holder: person, verb: { ar: verbToken.text, en: null }, rest };
	}
	// After an event's clause the main clause may go on unpunctuated («… قبل أسبوعين صامد»): the words
	// after the span are left out, which keeps what is asked true.
	const event = eventHolder(info, pronoun);
	if (!event) return null;
	const verb = eventVerb(verbToken.key, gender);
	if (!verb) return null;
	return { frame, gender, holder: event, verb: { ar: verb.ar[gender], en: verb.en }, rest: inside };
}

/** The index of the token that ends the clause at punctuation, at most six words after `from`; null when none. */
function clauseEnd(info: SentenceInfo, from: number): number | null {
	const t = info.tokens;
	let end = from;
	while (end < t.length && !punctuated(info.text, t[end - 1], t[end])) {
		end++;
		if (end - from > 6) return null;
	}
	return end;
}

function negatesOrOpens(w: Token): boolean {
	return NOT_IN_CLAUSE.has(w.key) || NOT_IN_CLAUSE.has(w.key.replace(/^[وف](?=..)/, ''));
}
