// «منطقة ناغورنو كاراباخ … جزء من أذربيجان»: the place a sentence is about is part of another, said
// of the sentence's topic directly («X جزء من Y», «X تعد جزءًا من Y») or through a pronoun
// («… مع الاعتراف الدولي بها جزء من Y»). Whose view it is matters: international recognition is
// kept on the fact; a party's claim («تعتبرها أرمينيا»), a denial or a former status is not read.
import { cueOf, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import type { Token } from '../tokens';
import type { FactSubject } from '../types';
import { evidence, type Draft } from './draft';

/** Words a sentence's topic may open with before its name («منطقة ناغورنو كاراباخ»). */
const TOPIC_CLASS = new Set(['منطقه', 'اقليم', 'جمهوريه', 'مدينه', 'محافظه', 'ولايه', 'جزيره']);
const PART = new Set(['جزء', 'جزءا', 'كجزء']);
/** «X هي جزء», «X تعد جزءًا»: the words that may join the topic to «جزء» directly. */
const COPULA = new Set([
	'هي',
	'هو',
	'تعد',
	'يعد',
	'تعتبر',
	'يعتبر',
	'تبقي',
	'يبقي',
	'دوليا',
	'رسميا',
	'قانونيا'
]);
/** A pronoun on a preposition that points back to the topic («بها», «منها», «لها»). */
const RESUMPTIVE = new Set([
	'بها',
	'به',
	'منها',
	'منه',
	'لها',
	'له',
	'انها',
	'انه',
	'بانها',
	'بانه'
]);
/** Negation, a former status, or a party's view or wish: the sentence does not state the fact. */
const BLOCKERS = new Set([
	'لا',
	'لم',
	'لن',
	'ليس',
	'ليست',
	'غير',
	'كان',
	'كانت',
	'سابقا',
	'يطالب',
	'تطالب',
	'يقول',
	'تقول',
	'قال',
	'قالت',
	'يزعم',
	'تزعم',
	'يري',
	'تري',
	'يرفض',
	'ترفض',
	'رفض',
	'رفضت',
	'يريد',
	'تريد',
	'يسعي',
	'تسعي',
	'اعتبار',
	'تعتبرها',
	'يعتبرها',
	'تعتبره',
	'يعتبره',
	'ضم'
]);
/** Words that give the statement to someone after it («…، قال علييف», «بحسب أنقرة»). */
const ATTRIBUTION = new Set([
	'قال',
	'قالت',
	'يقول',
	'تقول',
	'اكد',
	'اكدت',
	'اعتبر',
	'اعتبرت',
	'زعم',
	'زعمت',
	'بحسب',
	'حسب',
	'وفق',
	'وفقا',
	'اضاف',
	'اضافت'
]);
/** «الأراضي الأذربيجانية»: a country named by its adjective after «أراضي». */
const LAND = new Set(['اراضي', 'ارض']);
const MAX_GAP = 15;

type PartOfBasis = NonNullable<FactSubject['basis']>;

const is = (t: Token | undefined, set: Set<string>): boolean =>
	!!t && cueOf(t).some((k) => set.has(k));

function placeMention(m: Mention): boolean {
	return !m.adjective && ['city', 'place', 'region', 'country'].includes(m.entry.type);
}

/** The sentence's topic: its first words name a place, after at most «و» and a class word. */
function topicOf(info: SentenceInfo): Mention | undefined {
	const first = info.mentions[0];
	if (!first || !placeMention(first) || first.entry.type === 'country') return undefined;
	const before = info.tokens.slice(0, first.from);
	return before.length <= 1 && before.every((t) => is(t, TOPIC_CLASS)) ? first : undefined;
}

/** The whole («أذربيجان», «الأراضي الأذربيجانية») right after «جزء من» at token `part`. */
function wholeAfter(info: SentenceInfo, part: number): Mention | undefined {
	if (info.tokens[part + 1]?.key !== 'من') return undefined;
	const at = info.mentions.find((m) => m.from === part + 2);
	if (at && placeMention(at) && ['country', 'region'].includes(at.entry.type)) return at;
	if (!is(info.tokens[part + 2], LAND)) return undefined;
	const adj = info.mentions.find((m) => m.from === part + 3);
	return adj?.adjective && adj.entry.type === 'country' ? adj : undefined;
}

/** Whether the words between topic and «جزء» recognise it internationally («الاعتراف الدولي بها»). */
function recognition(words: Token[]): PartOfBasis | null | 'other' {
	const recognises = words.some((t) => /اعتراف|معترف|يعترف|تعترف/.test(t.key));
	if (!recognises) return null;
	return words.some((t) => /دولي/.test(t.key)) ? 'international-recognition' : 'other';
}

export function extractPartOf(info: SentenceInfo): Draft[] {
	const topic = topicOf(info);
	if (!topic) return [];
	const part = info.tokens.findIndex((t, i) => i >= topic.to && is(t, PART));
	if (part < 0 || part - topic.to > MAX_GAP) return [];
	const whole = wholeAfter(info, part);
	if (!whole || whole.entry.id === topic.entry.id) return [];
	const between = info.tokens.slice(topic.to, part);
	if (between.some((t) => is(t, BLOCKERS))) return [];
	// Another place between them may be what «بها» points to.
	if (info.mentions.some((m) => m.from >= topic.to && m.from < part && placeMention(m))) return [];
	const joined = between.every((t) => is(t, COPULA)) || is(info.tokens[part - 1], RESUMPTIVE);
	if (!joined) return [];
	// «"… جزء من أذربيجان"، قال علييف»: a quotation or a statement given to someone is their view.
	if (/["“”«»]/.test(info.text.slice(0, info.tokens[topic.from]?.start ?? 0))) return [];
	if (info.tokens.slice(whole.to).some((t) => is(t, ATTRIBUTION))) return [];
	const basis = recognition(between);
	if (basis === 'other') return [];
	return [
		{
			kind: 'location',
			subjectKey: `part-of:${basis ?? ''}:${topic.entry.id}`,
			subject: {
				thing: { ar: topic.ref.ar, en: topic.entry.en },
				label: topic.ref.ar,
				relation: 'part-of',
				...(basis ? { basis } : {})
			},
			value: { type: 'entity', entity: whole.ref },
			valueKey: whole.ref.id ?? whole.ref.ar,
			evidence: evidence(info, whole.start, whole.end)
		}
	];
}
