// Quantities: a number (digits or words) with its counted noun as a unit key, a qualifier
// («نحو» approximately, «على الأقل» at least, …), ranges and alternatives. Years and date days are left to dates.
import { memoize } from './memo';
import { readNumber, type NumberRead } from './numerals';
import type { Token } from './tokens';
import type { Qualifier, Quantity } from './types';

export interface QuantityMatch {
	quantity: Quantity;
	/** Character range of the number itself in the sentence (the answer a question would hide). */
	start: number;
	end: number;
	/** Token range of the whole phrase, qualifier and unit included. */
	from: number;
	to: number;
	/** Token range of the unit noun, when there is one. */
	unitFrom: number;
	unitTo: number;
}

/** Counted nouns (normalised, without «ال») → unit key. */
const UNIT_NOUNS: [RegExp, string][] = [
	[/^(قتيل|قتيلا|قتلي|ضحيه|ضحايا|جريح|جريحا|جرحي|مصاب|مصابا|مصابين|شهيد|شهيدا|شهداء)$/, 'person'],
	[
		/^(شخص|شخصا|اشخاص|انسان|نسمه|فرد|افراد|اخرين|اخرون|سكان|ساكن|مواطن|مواطنا|مواطنين|مواطنون)$/,
		'person'
	],
	[/^(مدني|مدنيا|مدنيين|مدنيون)$/, 'civilian'],
	[
		/^(جندي|جنديا|جنود|عسكري|عسكريا|عسكريين|عسكريون|مقاتل|مقاتلا|مقاتلين|عنصر|عنصرا|عناصر)$/,
		'soldier'
	],
	[/^(لاجي|لاجيا|لاجيين|نازح|نازحا|نازحين)$/, 'refugee'],
	[/^(عام|عاما|اعوام|سنه|سنوات|سنين|عامين|سنتين)$/, 'year'],
	[/^(شهر|شهرا|اشهر|شهور|شهرين)$/, 'month'],
	[/^(اسبوع|اسبوعا|اسابيع|اسبوعين)$/, 'week'],
	[/^(يوم|يوما|ايام|يومين)$/, 'day'],
	[/^(ساعه|ساعات|ساعتين)$/, 'hour'],
	[/^(كيلومتر|كيلومترا|كيلومترات|كلم|كم)$/, 'km'],
	[/^(متر|مترا|امتار)$/, 'm'],
	[/^(دولار|دولارا|دولارات)$/, 'usd'],
	[/^(يورو)$/, 'eur'],
	[/^(قريه|قري|بلده|بلدات)$/, 'village'],
	[/^(حرب|حروب)$/, 'war'],
	[/^(دبابه|دبابات|مدرعه|مدرعات)$/, 'tank'],
	[/^(اسير|اسيرا|اسري|معتقل|معتقلا|معتقلين)$/, 'prisoner'],
	[/^(بالميه|في الميه|%)$/, 'percent']
];

/** The unit key of a counted noun, or null. */
export function unitOf(key: string): string | null {
	for (const k of [
		key,
		key.replace(/^ال/, ''),
		key.replace(/^[وب]/, ''),
		key.replace(/(ها|هم|هما|نا|ه)$/, '')
	])
		for (const [re, unit] of UNIT_NOUNS) if (re.test(k)) return unit;
	return null;
}

/** Qualifier phrases written before the number (normalised token sequences). */
const BEFORE: [string[], Qualifier][] = [
	[['ما', 'لا', 'يقل', 'عن'], 'at-least'],
	[['لا', 'يقل', 'عن'], 'at-least'],
	[['ما', 'يزيد', 'علي'], 'more-than'],
	[['ما', 'يزيد', 'عن'], 'more-than'],
	[['ما', 'يربو', 'علي'], 'more-than'],
	[['ما', 'يقارب'], 'approximately'],
	[['ما', 'يقرب', 'من'], 'approximately'],
	[['ما', 'يصل', 'الي'], 'up-to'],
	[['لمده', 'تصل', 'الي'], 'up-to'],
	[['تصل', 'الي'], 'up-to'],
	[['يصل', 'الي'], 'up-to'],
	[['اكثر', 'من'], 'more-than'],
	[['ازيد', 'من'], 'more-than'],
	[['اقل', 'من'], 'less-than'],
	[['نحو'], 'approximately'],
	[['حوالي'], 'approximately'],
	[['قرابه'], 'approximately'],
	[['زهاء'], 'approximately'],
	[['قرابه'], 'approximately'],
	[['حتي'], 'up-to']
];
const AFTER: [string[], Qualifier][] = [
	[['علي', 'الاقل'], 'at-least'],
	[['تقريبا'], 'approximately'],
	[['علي', 'الاكثر'], 'up-to']
];

function matchSeq(tokens: Token[], at: number, seq: string[]): boolean {
	return seq.every((w, k) => {
		const t = tokens[at + k];
		if (!t) return false;
		return (
			t.key === w ||
			(k === 0 && t.key.replace(/^[وفب]/, '') === w) ||
			(k === 0 && t.key.replace(/^ل/, '') === w)
		);
	});
}

function qualifierBefore(
	tokens: Token[],
	i: number
): { qualifier: Qualifier; from: number } | null {
	for (const [seq, qualifier] of BEFORE) {
		const at = i - seq.length;
		if (at >= 0 && matchSeq(tokens, at, seq)) return { qualifier, from: at };
	}
	return null;
}

function qualifierAfter(tokens: Token[], i: number): { qualifier: Qualifier; to: number } | null {
	for (const [seq, qualifier] of AFTER)
		if (matchSeq(tokens, i, seq)) return { qualifier, to: i + seq.length };
	return null;
}

/** Dual nouns count two by themselves («حربين», «يومين»). */
const DUALS: [RegExp, string][] = [
	[/^(حربين|حربان)$/, 'war'],
	[/^(يومين|يومان)$/, 'day'],
	[/^(شهرين|شهران)$/, 'month'],
	[/^(عامين|عامان|سنتين|سنتان)$/, 'year'],
	[/^(اسبوعين|اسبوعان)$/, 'week'],
	[/^(ساعتين|ساعتان)$/, 'hour'],
	[/^(جنديين|جنديان)$/, 'soldier'],
	[/^(شخصين|شخصان)$/, 'person']
];
/** The unit a dual noun counts two of, read once per key. */
const dualUnit = memoize((written: string): string | null => {
	const key = written.replace(/^[وف]/, '');
	for (const [re, unit] of DUALS) if (re.test(key)) return unit;
	return null;
});

/** A bare time noun after «بعد», «قبل», «منذ», «خلال» counts one («بعد شهر من الاشتباكات»). */
const SINGLE_TIME: Record<string, string> = {
	شهر: 'month',
	عام: 'year',
	سنه: 'year',
	اسبوع: 'week',
	يوم: 'day'
};
const SINGLE_FRAME = new Set(['بعد', 'قبل', 'منذ', 'خلال', 'لمده']);

function impliedAt(text: string, tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	if (!t) return null;
	const dual = dualUnit(t.key);
	if (dual) {
		const key = t.key.replace(/^[وف]/, '');
		const start = t.start + (t.key.length - key.length);
		return {
			quantity: { value: 2, qualifier: 'exact', unit: dual, text: text.slice(start, t.end) },
			start,
			end: t.end,
			from: i,
			to: i + 1,
			unitFrom: i,
			unitTo: i + 1
		};
	}
	const unit = SINGLE_TIME[t.key];
	if (unit && SINGLE_FRAME.has(tokens[i - 1]?.key ?? '')) {
		return {
			quantity: { value: 1, qualifier: 'exact', unit, text: t.text },
			start: t.start,
			end: t.end,
			from: i,
			to: i + 1,
			unitFrom: i,
			unitTo: i + 1
		};
	}
	return null;
}

/** Finds quantities, skipping tokens inside `blocked` ranges (dates found earlier). */
export function findQuantities(
	text: string,
	tokens: Token[],
	blocked: { from: number; to: number }[] = [],
	nationality: (k: number) => boolean = () => false
): QuantityMatch[] {
	const out: QuantityMatch[] = [];
	const isBlocked = (k: number): boolean => blocked.some((b) => k >= b.from && k < b.to);
	let i = 0;
	while (i < tokens.length) {
		const m = isBlocked(i)
			? null
			: (quantityAt(text, tokens, i, isBlocked, nationality) ?? impliedAt(text, tokens, i));
		if (m) {
			out.push(m);
			i = m.to;
		} else i++;
	}
	return out;
}

function quantityAt(
	text: string,
	tokens: Token[],
	i: number,
	isBlocked: (k: number) => boolean,
	nationality: (k: number) => boolean
): QuantityMatch | null {
	const first = readNumber(tokens, i);
	if (!first) return null;
	const reads: NumberRead[] = [first];
	let max: number | undefined;
	let k = first.to;
	// «10 أو 15 أو 20», «بين 3 و5»
	while (tokens[k]?.key === 'او' && !isBlocked(k + 1)) {
		const alt = readNumber(tokens, k + 1);
		if (!alt) break;
		reads.push(alt);
		k = alt.to;
	}
	const prevKey = tokens[i - 1]?.key;
	if (reads.length === 1 && (prevKey === 'من' || prevKey === 'بين')) {
		const joiner = tokens[k]?.key ?? '';
		const glued =
			joiner.startsWith('و') && /\d/.test(joiner) ? { ...tokens[k]!, key: joiner.slice(1) } : null;
		const second = glued
			? readNumber([glued], 0)
			: /^(الي|و)$/.test(joiner)
				? readNumber(tokens, k + 1)
				: null;
		if (second && second.value > first.value) {
			max = second.value;
			k = glued ? k + 1 : second.to;
		}
	}
	const last = tokens[k - 1];
	let unit: string | null = null;
	const unitFrom = k;
	let unitTo = k;
	const next = tokens[k];
	if (next) {
		unit = unitOf(next.key);
		if (unit) unitTo = k + 1;
		// «50 من جنودها»: the counted noun after «من».
		const after = tokens[k + 1];
		if (
			!unit &&
			next.key === 'من' &&
			after &&
			/^(ال)?[\u0621-\u064a]+(ها|هم|هما|نا|ه)?$/.test(after.key)
		) {
			unit = unitOf(after.key);
			if (unit) unitTo = k + 2;
		}
	}
	// «100 ألف أرمني»: a nationality noun is the counted unit (people).
	if (!unit && next && nationality(k)) {
		unit = 'person';
		unitTo = k + 1;
	}
	// A vague «آلاف» needs a counted noun or a following genitive to be a quantity.
	if (first.vague && !unit && !/^ال/.test(next?.key ?? '')) return null;
	// A bare year-like number with no unit is a date, handled elsewhere.
	if (
		!unit &&
		first.digits &&
		first.value >= 1900 &&
		first.value <= 2100 &&
		Number.isInteger(first.value)
	)
		return null;
	let qualifier: Qualifier = first.vague ?? 'exact';
	let from = i;
	const before = qualifierBefore(tokens, i);
	if (before && !first.vague) {
		qualifier = before.qualifier;
		from = before.from;
	}
	let to = unitTo;
	// «135 جنديا أرمينيا على الأقل»: the qualifier binds across the unit's nationality adjective.
	const after =
		qualifierAfter(tokens, unitTo) ??
		(nationality(unitTo) ? qualifierAfter(tokens, unitTo + 1) : null);
	if (after && qualifier === 'exact') {
		qualifier = after.qualifier;
		to = after.to;
	}
	const glued = /^[وف]\d/.test(tokens[i]?.key ?? '') ? 1 : 0;
	const start = (tokens[i]?.start ?? 0) + glued;
	const end = last?.end ?? start;
	const quantity: Quantity = {
		value: first.value,
		qualifier,
		unit,
		text: text.slice(start, (tokens[unitTo - 1] ?? last)?.end ?? end)
	};
	if (max !== undefined) quantity.max = max;
	if (reads.length > 1) quantity.alternatives = reads.map((r) => r.value);
	return { quantity, start, end, from, to, unitFrom, unitTo };
}
