// Dates of events other than meetings: a war («حرب 2020»), clashes («كما حصل في سبتمبر»), a ceasefire,
// an invasion, a protest («ويوم الجمعة تظاهر»), a mediation. The date belongs to the nearest event word before it.
import { cueKey, gapBefore, type SentenceInfo } from '../analyze';
import { memoize } from '../memo';
import type { EventType } from '../types';
import { eventSetting } from './casualties';
import { dateTie, type TieCue } from './date-ties';
import { dateKey, evidence, type Draft } from './draft';

/** Stems of event words (matched at the start of a token without its proclitics). */
export const EVENT_STEMS: [string, EventType][] = [
	['حرب', 'war'],
	['حروب', 'war'],
	['معارك', 'war'],
	['معركه', 'war'],
	['قتال', 'war'],
	['تقاتل', 'war'],
	['اقتتال', 'war'],
	['غزو', 'war'],
	['هزيم', 'war'],
	['انتصار', 'war'],
	['اندلع', 'war'],
	['اجتياح', 'war'],
	['هجوم', 'war'],
	['اشتباك', 'clashes'],
	['مواجه', 'clashes'],
	['قصف', 'clashes'],
	['وقف', 'ceasefire'],
	['هدن', 'ceasefire'],
	['اتفاق', 'other'],
	['تظاهر', 'protest'],
	['مظاهر', 'protest'],
	['احتجاج', 'protest'],
	['وساط', 'other'],
	['توسط', 'other']
];
/**
 * Other datable events of the news: a referendum, elections, an incident, a blast, a statement, a
 * signing. They date only themselves: meetings and invasions do not treat them as rival events.
 */
const DATED_STEMS: [string, EventType][] = [
	['استفتاء', 'other'],
	['انتخاب', 'other'],
	['حادث', 'other'],
	['انفجار', 'other'],
	['بيان', 'other'],
	['توقيع', 'other']
];

/** The event type an event word names, or null. */
export const eventStem = memoize(eventStemUncached);

function eventStemUncached(key: string): { stem: string; type: EventType } | null {
	return stemIn(key, EVENT_STEMS);
}

function stemIn(
	key: string,
	stems: [string, EventType][]
): { stem: string; type: EventType } | null {
	for (const k of cueKey(key)) {
		for (const [stem, type] of stems)
			if (k.startsWith(stem) && k.length <= stem.length + 4) return { stem, type };
	}
	return null;
}

/** An event word a date can belong to: the shared event words, then those that only take dates. */
const datedStem = memoize((key: string): { stem: string; type: EventType; own: boolean } | null => {
	const shared = eventStem(key);
	if (shared) return { ...shared, own: false };
	const own = stemIn(key, DATED_STEMS);
	return own ? { ...own, own: true } : null;
});
/** How many words after a date-only event word its date may come. */
const DATED_REACH = 4;

/** Token indexes of the sentence's event words (those that take dates); `own` for the date-only ones. */
export function eventWords(
	info: SentenceInfo
): { at: number; stem: string; type: EventType; own: boolean }[] {
	const out: { at: number; stem: string; type: EventType; own: boolean }[] = [];
	info.tokens.forEach((t, i) => {
		const s = datedStem(t.key);
		if (s) out.push({ at: i, ...s });
	});
	return out;
}

/** «في شباط 2024 حين قُتل …»: the clause after «حين», «عندما» happened at the date before it. */
const WHEN = new Set(['حين', 'حينما', 'عندما', 'لما']);
/** Words before «عام 1993» that make the year part of a name or an age, not an event's date. */
const NOT_EVENT_YEAR = new Set(['مواليد', 'عمر', 'عمره', 'عمرها', 'دفعه', 'رويه', 'خطه', 'اجنده']);

const BOUNDS = new Set(['حتي', 'قبل', 'بعد', 'الي', 'من', 'نحو', 'بحلول', 'مطلع', 'غضون']);

/**
 * A date with no event word of its own that still dates the sentence's event: a date followed by
 * «حين»/«عندما» and a clause, or a bare year written with «عام» («منذ عام 1993», «في عام 1993»).
 * Returns the token whose text labels the event, or null.
 */
function clauseEvent(info: SentenceInfo, d: SentenceInfo['dates'][number]): number | null {
	const next = info.tokens[d.to];
	if (next && WHEN.has(next.key.replace(/^و/, '')) && info.tokens[d.to + 1]) return d.to + 1;
	const date = d.date;
	const onlyYear =
		date.year !== undefined &&
		date.month === undefined &&
		date.day === undefined &&
		date.part === undefined &&
		date.season === undefined;
	const word = info.tokens[d.from]?.key.replace(/^[وفبل]/, '');
	if (!onlyYear || (word !== 'عام' && word !== 'سنه')) return null;
	const prev = info.tokens[d.from - 1]?.key ?? '';
	if (NOT_EVENT_YEAR.has(prev) || NOT_EVENT_YEAR.has(info.tokens[d.from - 2]?.key ?? ''))
		return null;
	// «حتى عام 2030», «قبل عام 2030», «بحلول عام 2030»: a bound, not the event's date.
	if (BOUNDS.has(prev.replace(/^و/, ''))) return null;
	// The sentence's first word: in a verb-first sentence, its verb («وتغلق تركيا حدودها …»).
	return d.from > 0 ? 0 : null;
}

/** `cues` are the sentence's meeting words: a date nearer to one of them is the meeting's. */
export function extractEventDates(info: SentenceInfo, cues: readonly TieCue[]): Draft[] {
	const drafts: Draft[] = [];
	const meetingAt = cues.map((c) => c.from);
	const words = eventWords(info);
	for (const d of info.dates) {
		// «ناقش الاجتماع … خلال المحادثات الأمريكية العام الماضي»: the date of the event the meeting recalls.
		const tied = dateTie(info, d, cues);
		// A shared event word reaches a date up to 30 words on; a word that only takes dates («بيان»,
		// «حادث») reaches only a date right after it («في بيان يوم الاثنين»).
		// (Talks or a summit are no event word of their own: their noun stands in.)
		const before = tied
			? (words.find((w) => w.at === tied.noun) ?? {
					at: tied.noun,
					stem: cueKey(info.tokens[tied.noun]?.key ?? '').at(-1) ?? '',
					type: tied.type,
					own: false
				})
			: words.filter((w) => w.at < d.from && d.from - w.at <= (w.own ? DATED_REACH : 30)).pop();
		const meeting = meetingAt.filter((m) => m < d.from).pop() ?? -1;
		let word = before && before.at > meeting ? before : undefined;
		// An event word just after the date, in the same clause (not across «:» or an opening quote).
		if (!word && meeting < 0)
			word = words.find(
				(w) =>
					w.at >= d.to &&
					w.at - d.to <= 2 &&
					!/[:“"«]/.test(info.text.slice(d.end, info.tokens[w.at]?.start ?? d.end))
			);
		if (!word) {
			const at = meeting < 0 ? clauseEvent(info, d) : null;
			if (at === null) continue;
			drafts.push({
				kind: 'date',
				subjectKey: `${info.article}:s${info.sentence.index}:event:${dateKey({ ...d.date, text: '' })}`,
				subject: { eventType: 'other', date: d.date, label: info.tokens[at]?.text ?? '' },
				value: { type: 'date', date: d.date },
				valueKey: dateKey(d.date),
				evidence: evidence(info, d.start, d.end)
			});
			continue;
		}
		const label = info.tokens[word.at]?.text ?? '';
		// «اشتباكات على الحدود بين الهند وباكستان في مايو»: where and between whom, to tell it from others.
		const where = eventSetting(info, word.at);
		drafts.push({
			kind: 'date',
			subjectKey: `${word.type}:${word.stem}:${dateKey({ ...d.date, text: '' })}`,
			subject: {
				eventType: word.type,
				date: d.date,
				label,
				...(tied ? { tie: { eventId: '', ...tied.tie } } : {})
			},
			value: { type: 'date', date: d.date },
			valueKey: dateKey(d.date),
			evidence: evidence(info, d.start, d.end),
			account: {
				...(where.place ? { place: where.place } : {}),
				...(where.participants ? { sides: where.participants } : {})
			},
			...(tied ? { tiedTo: tied.cue } : {})
		});
	}
	return drafts;
}

/** A word of the sentence that opens the clause holding tokens [from, to): the clause's first word
 * outside the date, or the word right after a date that opens its clause. */
function clauseLabel(info: SentenceInfo, from: number, to: number): string {
	let k = from;
	while (k > 0 && !/[،,:؛;.]/.test(gapBefore(info, k))) k--;
	return info.tokens[k < from ? k : to]?.text ?? info.tokens[from]?.text ?? '';
}

/**
 * Every date an editor reads in a sentence states when its clause happened («وتنتشر منذ فبراير 2023
 * … بعثة», «صرح الأسبوع الماضي», «بحلول 15 تشرين الثاني»), whether or not an event word or a meeting
 * claims it. The dates no other rule dated (`claimed` holds their start offsets) date their clause;
 * a year that is part of a name or an age («مواليد عام 1970», «رؤية 2030») dates nothing.
 */
export function clauseDates(info: SentenceInfo, claimed: Set<number>): Draft[] {
	const drafts: Draft[] = [];
	for (const d of info.dates) {
		if (claimed.has(d.start)) continue;
		const prev = info.tokens[d.from - 1]?.key ?? '';
		if (NOT_EVENT_YEAR.has(prev) || NOT_EVENT_YEAR.has(info.tokens[d.from - 2]?.key ?? ''))
			continue;
		drafts.push({
			kind: 'date',
			subjectKey: `${info.article}:s${info.sentence.index}:event:${dateKey({ ...d.date, text: '' })}`,
			subject: {
				eventType: 'other',
				date: d.date,
				label: clauseLabel(info, d.from, d.to),
				scope: 'clause'
			},
			value: { type: 'date', date: d.date },
			valueKey: dateKey(d.date),
			evidence: evidence(info, d.start, d.end)
		});
	}
	return drafts;
}
