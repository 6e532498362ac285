// Casualty figures («286 قتيلاً», «سقط نحو 30 ألف شخص») tied to the war or clashes the sentence names.
import { cueKey, type SentenceInfo } from '../analyze';
import type { QuantityMatch } from '../numbers';
import type { DateValue, EventType } from '../types';
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
	'لقوا'
]);
const WOUND_CUES = new Set(['اصيب', 'اصيبوا', 'اصابه', 'جرح', 'جرحوا']);
const PERSON_UNITS = new Set(['person', 'soldier', 'civilian']);
const WAR = new Set(['حرب', 'حربين', 'معارك', 'معركه', 'قتال', 'غزو', 'هجوم']);
const CLASHES = new Set(['اشتباكات', 'اشتباك', 'مواجهات', 'مواجهه', 'قصف', 'اعمال']);

/** 'killed' or 'wounded' when the quantity counts casualties, else null. */
export function casualtyMeasure(info: SentenceInfo, q: QuantityMatch): string | null {
	const unitToken = info.tokens[q.unitFrom];
	if (q.unitTo > q.unitFrom && unitToken) {
		const k = unitToken.key.replace(/^ال/, '');
		if (KILLED_NOUN.test(k)) return 'killed';
		if (WOUNDED_NOUN.test(k)) return 'wounded';
	}
	if (!q.quantity.unit || !PERSON_UNITS.has(q.quantity.unit)) return null;
	// The nearest cue wins: «مقتل 5 جنود وإصابة 10 آخرين».
	const before = info.tokens.slice(Math.max(0, q.from - 4), q.from).reverse();
	const after = info.tokens.slice(q.to, q.to + 3);
	for (const t of [...before, ...after]) {
		const keys = cueKey(t.key);
		if (keys.some((k) => KILL_CUES.has(k))) return 'killed';
		if (keys.some((k) => WOUND_CUES.has(k))) return 'wounded';
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
		const keys = cueKey(t.key);
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
		const label = cue ? info.tokens[cue.at]?.text : undefined;
		drafts.push({
			kind: 'casualties',
			subjectKey: `${eventKey}:${measure}`,
			subject: {
				eventType: cue?.type ?? 'other',
				measure,
				...(cue?.date ? { date: cue.date } : {}),
				...(label ? { label } : {})
			},
			value: { type: 'quantity', quantity: q.quantity },
			valueKey: quantityKey({ ...q.quantity, unit: null }),
			evidence: evidence(info, q.start, q.end)
		});
	}
	return drafts;
}
