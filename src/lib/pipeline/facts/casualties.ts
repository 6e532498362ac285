// Casualty figures («286 قتيلاً», «سقط نحو 30 ألف شخص») tied to the war or clashes the sentence names.
import { cueOf, type SentenceInfo } from '../analyze';
import type { QuantityMatch } from '../numbers';
import type { DateValue, EntityRef, EventType, FactSubject } from '../types';
import { evidence, quantityKey, type Draft } from './draft';

const KILLED_NOUN = /^(قتيل|قتيلا|قتلي|ضحيه|ضحايا|شهيد|شهيدا|شهداء)$/;
const WOUNDED_NOUN = /^(جريح|جريحا|جرحي|مصاب|مصابا|مصابين)$/;
const KILL_CUES = new Set([
	'قتل',
	'قتلت',
	'قتلوا',
	'قتلا',
	'مقتل',
	'سقط',
	'سقوط',
	'حتفه',
	'حتفهم',
	'بحياه',
	'حصدت',
	'حصد',
	'وفاه',
	'مصرع',
	'لقي',
	'لقوا',
	'قضي',
	'قضوا',
	'اودي',
	'اودت',
	'مقتلهم',
	// «أدت إلى استشهاد أكثر من 3800 جندي»: the word of outlets that count their own side's dead as martyrs.
	'استشهاد',
	'استشهد',
	'استشهدوا'
]);
/** «فقدان نحو 200 آخرين», «لا يزال 100 شخص في عداد المفقودين»: people missing. */
const MISSING_CUES = new Set(['فقدان', 'المفقودين', 'مفقودين', 'مفقودون', 'المفقودون']);
const MISSING_NOUN = /^(مفقود|مفقودا|مفقودين)$/;
const WOUND_CUES = new Set(['اصيب', 'اصيبوا', 'اصابه', 'جرح', 'جرحوا']);
/** «مقتل جندي وأسر 13 جنديا وفقدان 24»: soldiers captured are counted, but are no casualties, and
 * the capture word, nearer than the next cue, keeps that cue's reading off them. */
const CAPTURE_CUES = new Set(['اسر', 'اعتقال', 'احتجاز', 'اسرت', 'اسروا']);
const PERSON_UNITS = new Set(['person', 'soldier', 'civilian']);
/** «بينهم», «منهم», «من بينهم»: part of the count just given. */
const AMONG = /^[وف]?(?:بينهم|منهم|بينهن|منهن)$/;
const WAR = new Set(['حرب', 'حربين', 'معارك', 'معركه', 'قتال', 'غزو', 'هجوم']);
const CLASHES = new Set(['اشتباكات', 'اشتباك', 'مواجهات', 'مواجهه', 'قصف', 'اعمال']);

/**
 * 'killed', 'wounded' or 'missing' when the quantity counts casualties ('fallen-or-missing',
 * 'fallen-or-wounded' for one count of both; not worded «killed», which question wording reads as
 * the dead alone), else null.
 */
export function casualtyMeasure(info: SentenceInfo, q: QuantityMatch): string | null {
	const unitToken = info.tokens[q.unitFrom];
	if (q.unitTo > q.unitFrom && unitToken) {
		const k = unitToken.key.replace(/^ال/, '');
		if (KILLED_NOUN.test(k)) return 'killed';
		if (WOUNDED_NOUN.test(k)) return 'wounded';
	}
	if (!q.quantity.unit || !PERSON_UNITS.has(q.quantity.unit)) return null;
	// «… 200 قتيل، بينهم عشرة مدنيين»: a count «among them» is part of the toll just given.
	if (AMONG.test(info.tokens[q.from - 1]?.key ?? '')) {
		const toll = info.quantities.filter((x) => x.to < q.from).pop();
		const measure = toll ? casualtyMeasure(info, toll) : null;
		if (measure) return measure;
	}
	// «ارتفعت حصيلة القتلى في الاشتباكات إلى 100 شخص»: a toll of the dead (or wounded) before the number.
	for (let k = q.from - 1; k >= Math.max(1, q.from - 6); k--) {
		if (info.tokens[k - 1]?.key.replace(/^[وب]/, '') !== 'حصيله') continue;
		const noun = (info.tokens[k]?.key ?? '').replace(/^ال/, '');
		if (KILLED_NOUN.test(noun)) return 'killed';
		if (WOUNDED_NOUN.test(noun)) return 'wounded';
	}
	// «207 من عسكرييها سقطوا بين قتيل ومفقود»: one count of the dead and the missing (or wounded) together.
	for (let k = q.to; k < q.to + 3; k++) {
		if (!/^[وف]?بين$/.test(info.tokens[k]?.key ?? '')) continue;
		const first = info.tokens[k + 1]?.key ?? '';
		const second = (info.tokens[k + 2]?.key ?? '').replace(/^و/, '');
		if (!KILLED_NOUN.test(first)) break;
		if (MISSING_NOUN.test(second)) return 'fallen-or-missing';
		if (WOUNDED_NOUN.test(second)) return 'fallen-or-wounded';
		break;
	}
	// The nearest cue wins: «مقتل 5 جنود وإصابة 10 آخرين».
	const before = info.tokens.slice(Math.max(0, q.from - 4), q.from).reverse();
	const after = info.tokens.slice(q.to, q.to + 3);
	for (const t of [...before, ...after]) {
		const keys = cueOf(t);
		if (keys.some((k) => CAPTURE_CUES.has(k))) return null;
		if (keys.some((k) => KILL_CUES.has(k))) return 'killed';
		if (keys.some((k) => WOUND_CUES.has(k))) return 'wounded';
		if (keys.some((k) => MISSING_CUES.has(k))) return 'missing';
	}
	// «40 شخصاً لا يزالون في عداد المفقودين»: the phrase may close the clause a few words on.
	for (let k = q.to; k < Math.min(info.tokens.length - 1, q.to + 6); k++)
		if (
			/^[وب]?عداد$/.test(info.tokens[k]?.key ?? '') &&
			MISSING_CUES.has(info.tokens[k + 1]?.key ?? '')
		)
			return 'missing';
	// «قتل 207 جنود أذربيجانيين و135 جنديا»: the second item of a list shares the first one's verb.
	if ((info.tokens[q.from]?.key ?? '').startsWith('و')) {
		const prev = info.quantities.filter((x) => x.to <= q.from && q.from - x.to <= 2).pop();
		if (prev) return casualtyMeasure(info, prev);
	}
	return null;
}

interface EventCue {
	at: number;
	type: EventType;
	time: string;
	date?: DateValue;
}

/** War and clash words of a sentence, each with the year, decade or ordinal that pins it down. */
function eventCues(info: SentenceInfo): EventCue[] {
	const cues: EventCue[] = [];
	const decade = info.dates.find((d) => d.date.decade);
	const years = info.dates.filter((d) => d.date.year);
	info.tokens.forEach((t, i) => {
		const keys = cueOf(t);
		const type: EventType | null = keys.some((k) => WAR.has(k))
			? 'war'
			: keys.some((k) => CLASHES.has(k))
				? 'clashes'
				: null;
		if (!type) return;
		const close = info.dates.find(
			(d) => d.from > i && d.from <= i + 3 && (d.date.year || d.date.decade)
		);
		let time = '';
		let date: DateValue | undefined;
		if (close) {
			date = close.date;
			time = close.date.year ? String(close.date.year) : `${close.date.decade}s`;
		} else if (/^(الاولي|الاول)$/.test(info.tokens[i + 1]?.key ?? '')) {
			time = decade ? `${decade.date.decade}s` : 'first';
			if (decade) date = decade.date;
		} else if (/^(الثانيه|الثاني)$/.test(info.tokens[i + 1]?.key ?? '')) time = 'second';
		cues.push({ at: i, type, time, ...(date ? { date } : {}) });
	});
	// A war word without its own time borrows one from the same sentence (another war word, a decade or a year).
	for (const c of cues) {
		if (c.time || c.type !== 'war') continue;
		const other = cues.find((o) => o !== c && o.type === 'war' && o.time);
		if (other) {
			c.time = other.time;
			if (other.date) c.date = other.date;
		} else if (decade) {
			c.time = `${decade.date.decade}s`;
			c.date = decade.date;
		} else if (years.length === 1 && years[0]) {
			c.time = String(years[0].date.year);
			c.date = years[0].date;
		}
	}
	return cues;
}

/** «مواجهات على الحدود», «اشتباكات حدودية»: the event word with what places it. */
function cueLabel(info: SentenceInfo, at: number): string {
	const t = info.tokens[at];
	if (!t) return '';
	let end = t.end;
	const n1 = info.tokens[at + 1];
	const n2 = info.tokens[at + 2];
	if (n1 && /^(ال)?حدوديه$/.test(n1.key)) end = n1.end;
	else if (n1 && n2 && /^(علي|عند)$/.test(n1.key) && /^(ال)?حدود/.test(n2.key)) end = n2.end;
	return info.text.slice(t.start, end);
}

/** Place («في ستيباناكيرت») and parties («بين أرمينيا وأذربيجان») written just after the event word. */
export function eventSetting(
	info: SentenceInfo,
	at: number
): Pick<FactSubject, 'place' | 'participants'> {
	const out: Pick<FactSubject, 'place' | 'participants'> = {};
	const limit = Math.min(info.tokens.length, at + 8);
	for (let k = at + 1; k < limit; k++) {
		const key = info.tokens[k]?.key ?? '';
		if (key === 'بين' && !out.participants) {
			const parties: EntityRef[] = [];
			let m = info.mentions.find((x) => x.from === k + 1);
			while (m && !m.adjective && m.entry.type === 'country') {
				parties.push(m.ref);
				const to: number = m.to;
				m = info.mentions.find((x) => x.from === to);
			}
			if (parties.length >= 2) out.participants = parties;
		}
		if ((key === 'في' || key === 'وفي') && !out.place) {
			const m = info.mentions.find((x) => x.from === k + 1);
			if (m && !m.adjective && ['city', 'region', 'country', 'place'].includes(m.entry.type))
				out.place = m.ref;
		}
	}
	return out;
}

export function extractCasualties(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	const cues = eventCues(info);
	for (const q of info.quantities) {
		const measure = casualtyMeasure(info, q);
		if (!measure) continue;
		const before = cues.filter((c) => c.at < q.from).pop();
		const after = cues.find((c) => c.at >= q.to);
		const cue =
			before && (!after || q.from - before.at <= after.at - q.to + 4) ? before : (after ?? before);
		const eventKey = cue ? `${cue.type}:${cue.time}` : `${info.article}:s${info.sentence.index}`;
		const label = cue ? cueLabel(info, cue.at) : undefined;
		// «كما حصل في سبتمبر، حين سقط 286 شخصاً»: the sentence's one date dates the event.
		const date = cue?.date ?? (info.dates.length === 1 ? info.dates[0]?.date : undefined);
		const where = cue ? eventSetting(info, cue.at) : {};
		drafts.push({
			kind: 'casualties',
			subjectKey: `${eventKey}:${measure}`,
			subject: {
				eventType: cue?.type ?? 'other',
				measure,
				...(date ? { date } : {}),
				...where,
				...(label ? { label } : {})
			},
			value: { type: 'quantity', quantity: q.quantity },
			valueKey: quantityKey({ ...q.quantity, unit: null }),
			evidence: evidence(info, q.start, q.end),
			account: {
				...(where.place ? { place: where.place } : {}),
				...(where.participants ? { sides: where.participants } : {}),
				...(date ? { date } : {})
			}
		});
	}
	return drafts;
}
