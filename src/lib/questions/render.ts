// Renders fact values (entities, dates, quantities) as option texts in Arabic and English.
import type { DateValue, EntityRef, LexiconEntry, Quantity } from '../pipeline/types';
import { tq, hasTemplate, type Lang } from './i18n';
import type { Localized } from './types';

export function entityOption(entity: EntityRef): Localized {
	return { ar: entity.arCanonical, en: entity.en };
}

export function entityFromLexicon(entry: LexiconEntry): EntityRef {
	const ar = entry.ar[0] ?? entry.en;
	return { id: entry.id, type: entry.type, ar, arCanonical: ar, en: entry.en || null };
}

/** Which fields a date shows: distractors must show the same ones. */
export function dateGranularity(date: DateValue): string | null {
	if (date.relative && !date.month && !date.year && date.weekday === undefined) return null;
	if (date.day !== undefined && date.month !== undefined) {
		if (date.dayEnd !== undefined) return 'day-range';
		return date.year !== undefined ? 'day-month-year' : 'day-month';
	}
	if (date.part && date.month !== undefined) return 'part-month';
	if (date.month !== undefined) return date.year !== undefined ? 'month-year' : 'month';
	if (date.year !== undefined) return 'year';
	if (date.decade !== undefined) return date.part ? 'part-decade' : 'decade';
	if (date.weekday !== undefined) return 'weekday';
	return null;
}

/** The date alone, as an option («7 ديسمبر» / «7 December»); null when it cannot be shown. */
export function renderDate(date: DateValue, lang: Lang): string | null {
	const g = dateGranularity(date);
	if (!g) return null;
	const month = date.month !== undefined ? tq(lang, `month.${date.month}`) : '';
	switch (g) {
		case 'day-range':
			return tq(lang, 'date.dayRange', { day: date.day, dayEnd: date.dayEnd, month });
		case 'day-month':
			return tq(lang, 'date.dayMonth', { day: date.day, month });
		case 'day-month-year':
			return `${tq(lang, 'date.dayMonth', { day: date.day, month })} ${date.year}`;
		case 'part-month':
			return tq(lang, `part.${date.part}`, { month });
		case 'month':
			return month;
		case 'month-year':
			return tq(lang, 'date.monthYear', { month, year: date.year });
		case 'year':
			return tq(lang, 'date.year', { year: date.year });
		case 'decade':
			return hasTemplate(lang, `decade.${date.decade}`) ? tq(lang, `decade.${date.decade}`) : null;
		case 'part-decade':
			return hasTemplate(lang, `decade_bare.${date.decade}`)
				? tq(lang, `part_decade.${date.part}`, { decade: tq(lang, `decade_bare.${date.decade}`) })
				: null;
		case 'weekday':
			return tq(lang, 'date.weekday', { weekday: tq(lang, `weekday.${date.weekday}`) });
	}
	return null;
}

/** The date inside a sentence, with its preposition («في 7 ديسمبر», «يوم السبت» / «on Saturday»). */
export function datePhrase(date: DateValue, lang: Lang): string | null {
	const text = renderDate(date, lang);
	if (text === null) return null;
	const g = dateGranularity(date);
	// Arabic names a year («عام 2020»), a weekday or a part of a month without «في».
	const bare =
		g === 'year' || g === 'weekday' || g === 'part-month' || g === 'day-range' || g === 'part-decade';
	const point = g === 'day-month' || g === 'day-month-year' || g === 'weekday' || g === 'day-range';
	const key = lang === 'ar' && bare ? 'when.bare' : point ? 'when.on' : 'when.in';
	return tq(lang, key, { date: text });
}

const UNIT_KEYS = new Set(['killed', 'wounded', 'person', 'soldier', 'year', 'month', 'week', 'day', 'km', 'war']);

/** The counted noun's key: casualty measures count the dead or wounded, otherwise the unit. */
export function unitKey(quantity: Quantity, measure: string | undefined): string {
	if (measure && /wound|injur/.test(measure)) return 'wounded';
	if (measure && /kill|dead|death|victim|casualt/.test(measure)) return 'killed';
	if (quantity.unit === 'peacekeeper' || quantity.unit === 'troops') return 'soldier';
	return quantity.unit && UNIT_KEYS.has(quantity.unit) ? quantity.unit : 'none';
}

function numberText(n: number, lang: Lang): string {
	if (lang === 'ar') {
		// «10 آلاف» but «30 ألف», «11 ألف»: the thousand word follows the count's plural class.
		if (n >= 10000 && n % 1000 === 0)
			return tq('ar', 'thousand', { count: n / 1000, n: n / 1000 });
		return String(n);
	}
	return n.toLocaleString('en-US');
}

/** «286 قتيلًا», «أكثر من 6500 قتيل», «حتى 20 عامًا» / «more than 6,500 dead». Null for ranges and lists. */
export function renderQuantity(
	quantity: Pick<Quantity, 'value' | 'qualifier' | 'unit' | 'max' | 'alternatives'>,
	measure: string | undefined,
	lang: Lang
): string | null {
	if (quantity.max !== undefined || quantity.alternatives?.length) return null;
	const unit = unitKey(quantity as Quantity, measure);
	// «آلاف الأشخاص»: an order of magnitude, no number.
	if (hasTemplate(lang, `vague.${quantity.qualifier}`) && hasTemplate(lang, `vague_unit.${unit}`))
		return tq(lang, `vague.${quantity.qualifier}`, { unit: tq(lang, `vague_unit.${unit}`) });
	if (!hasTemplate(lang, `qualifier.${quantity.qualifier}`)) return null;
	const n = numberText(quantity.value, lang);
	const counted =
		unit === 'none'
			? tq(lang, 'unit.none', { n })
			: tq(lang, `unit.${unit}`, { count: quantity.value, n });
	return tq(lang, `qualifier.${quantity.qualifier}`, { q: counted });
}
