// Other figures: troops, mandate lengths, distances and zone widths, counts of days and months.
import { cueOf, type SentenceInfo } from '../analyze';
import { casualtyMeasure } from './casualties';
import { evidence, quantityKey, type Draft } from './draft';
import { eventStem } from './event-dates';
import { isMeetVerb } from './meetings';
import { spanClause } from './span-clauses';
import type { EventType } from '../types';

const MANDATE = new Set(['تفويض', 'تمديد', 'تمدد', 'يمدد', 'لمده', 'ولايه', 'مهمه']);
const ZONE = new Set(['منطقه', 'منزوعه', 'عازله', 'عرض', 'بعرض', 'تمتد', 'بعمق', 'عمق']);
const PEACE = new Set(['حفظ', 'السلام', 'سلام']);
const PROTEST = new Set([
	'تظاهر',
	'تظاهرات',
	'مظاهرات',
	'مظاهره',
	'احتج',
	'احتجاجات',
	'متظاهر',
	'متظاهرين'
]);
/** Verbs and nouns of flight: people counted with them were displaced. */
const FLIGHT = new Set([
	'فر',
	'فروا',
	'فرار',
	'نزح',
	'نزحوا',
	'نزوح',
	'هجر',
	'هجروا',
	'تهجير',
	'لجا',
	'لجوء',
	'غادر',
	'غادروا',
	'هرب',
	'هربوا',
	'فار',
	'فارين',
	'نازح',
	'نازحين'
]);
/** Nouns of meeting (its verbs are meetings.ts's isMeetVerb): «التقى الوزيران أربع مرات» counts
 * meetings. Whole words: a loose ending also took «التقاط» (picking up) and «اجتماعي» (social). */
const MEETING_NOUN = /^(?:اجتماع|لقاء|تلاقي|التقاء)(?:ا|ات|ين|ان|ه|ها|هم|هما)?$/;
/** Verbs and the noun of visiting. */
const VISIT = /^(زار|زارا|زارت|زارتا|زاروا|يزور|تزور|زياره)$/;
/** «يبلغ من العمر 58 عاماً», «عمره 40 عاماً», «في سن 18 عاماً»: a person's age, not a span of time. */
const AGE = new Set(['العمر', 'عمر', 'عمره', 'عمرها', 'عمرهم', 'سن']);

/** Figures that name one well-defined thing: the same measure across articles is the same subject. */
const SHARED = new Set(['peacekeepers', 'mandate-years', 'zone-width-km']);

/**
 * What a count of times («أربع مرات», «مرتين») counts: meetings or visits when such a verb comes
 * just before it; null otherwise (how often something else happened is no figure of its own).
 */
function occasions(info: SentenceInfo, at: number): string | null {
	for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
		const keys = cueOf(info.tokens[k] as (typeof info.tokens)[number]);
		if (keys.some((key) => isMeetVerb(key, true) || MEETING_NOUN.test(key))) return 'meetings';
		if (keys.some((key) => VISIT.test(key))) return 'visits';
	}
	return null;
}

export function figureMeasure(
	info: SentenceInfo,
	at: number,
	to: number,
	unit: string
): string | null {
	if (unit === 'time') return occasions(info, at);
	if (unit === 'percent') return 'percent';
	if (
		unit === 'year' &&
		[info.tokens[at - 1], info.tokens[at - 2]].some((t) => t && AGE.has(t.key))
	)
		return 'age';
	// Short verbs («وفر») keep their conjunction in cueKey, so it is stripped here as well.
	const window = (from: number, until: number) =>
		info.tokens
			.slice(Math.max(0, from), until)
			.flatMap((t) => [...cueOf(t), t.key.replace(/^[وف]/, '')]);
	const before = window(at - 8, at);
	const after = window(to, to + 3);
	if (unit === 'soldier')
		return after.some((k) => PEACE.has(k)) || before.some((k) => PEACE.has(k))
			? 'peacekeepers'
			: 'troops';
	if (unit === 'km' || unit === 'm')
		return before.some((k) => ZONE.has(k)) ? 'zone-width-km' : 'distance-km';
	// A peacekeeping mandate: the questions name it so, so a bare «لمدة 20 عامًا» is not one.
	if (
		(unit === 'year' || unit === 'month') &&
		before.some((k) => MANDATE.has(k)) &&
		[...before, ...after].some((k) => PEACE.has(k))
	)
		return `mandate-${unit}s`;
	if (unit === 'person' && [...before, ...after].some((k) => PROTEST.has(k))) return 'protesters';
	if (
		(unit === 'person' || unit === 'refugee' || unit === 'civilian') &&
		[...before, ...after].some((k) => FLIGHT.has(k))
	)
		return 'displaced';
	const prev = info.tokens[at - 1]?.key;
	if (prev === 'بعد' && intervalAnchor(info, to)) return `${unit}s-after`;
	if (prev === 'قبل') return `${unit}s-ago`;
	if (prev === 'منذ') return `${unit}s-since`;
	return `${unit}s`;
}

/** Event words a question can name as they are («الحرب», «الاشتباكات», «الهدنة»); not «الغزو» or «الاتفاق». */
const ANCHOR_STEMS = new Set(['حرب', 'اشتباك', 'مواجه', 'وقف', 'هدن', 'تظاهر', 'مظاهر', 'احتجاج']);

/**
 * «بعد شهر من الاشتباكات»: the event a span after «بعد» is counted from, when an event word follows
 * «من» right after the unit; null otherwise («بعد ثلاثة أيام» alone counts from the article's day).
 */
export function intervalAnchor(info: SentenceInfo, unitTo: number): EventType | null {
	if (info.tokens[unitTo]?.key !== 'من') return null;
	const word = info.tokens[unitTo + 1];
	const stem = word ? eventStem(word.key) : null;
	return stem && ANCHOR_STEMS.has(stem.stem) ? stem.type : null;
}

export function extractFigures(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	for (const q of info.quantities) {
		const unit = q.quantity.unit;
		if (!unit || casualtyMeasure(info, q)) continue;
		const measure = figureMeasure(info, q.from, q.unitTo, unit);
		if (!measure) continue;
		// «قبل ثلاثة أيام», «منذ ثمانية أشهر»: what the span is about, when a relative clause says it.
		const frame = measure.endsWith('-ago') ? 'ago' : measure.endsWith('-since') ? 'since' : null;
		const clause = frame ? spanClause(info, q, frame) : null;
		const subjectKey = SHARED.has(measure)
			? measure
			: `${info.article}:s${info.sentence.index}:${measure}:${q.start}`;
		drafts.push({
			kind: 'figure',
			subjectKey,
			subject: {
				measure,
				// The event the span is counted from («بعد شهر من الاشتباكات» → clashes).
				...(measure.endsWith('-after')
					? { eventType: intervalAnchor(info, q.unitTo) as EventType }
					: {}),
				...(clause ? { clause } : {}),
				label: info.text.slice(q.start, info.tokens[q.unitTo - 1]?.end ?? q.end)
			},
			value: { type: 'quantity', quantity: q.quantity },
			valueKey: quantityKey(q.quantity),
			evidence: evidence(info, q.start, q.end)
		});
	}
	return drafts;
}
