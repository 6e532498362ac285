// Dates with only the precision the text gives: day and month in both month systems, ordinal days,
// ranges, parts of a month or decade, weekdays, years, seasons and relative expressions. Never a guessed year.
import { memoize } from './memo';
import { ORDINAL_WORDS, parseDigits } from './numerals';
import type { Token } from './tokens';
import type { DateValue, DayPart, YearHalf } from './types';

export interface DateMatch {
	date: DateValue;
	/** Character range in the sentence. */
	start: number;
	end: number;
	from: number;
	to: number;
}

const ONE_WORD_MONTHS: Record<string, number> = {
	يناير: 1,
	فبراير: 2,
	فبرير: 2,
	مارس: 3,
	ابريل: 4,
	افريل: 4,
	مايو: 5,
	ماي: 5,
	يونيو: 6,
	يونيه: 6,
	جوان: 6,
	يوليو: 7,
	يوليه: 7,
	جويليه: 7,
	يوليوز: 7,
	اغسطس: 8,
	اوت: 8,
	غشت: 8,
	سبتمبر: 9,
	شتنبر: 9,
	اكتوبر: 10,
	نوفمبر: 11,
	نونبر: 11,
	ديسمبر: 12,
	دجنبر: 12,
	جانفي: 1,
	فيفري: 2,
	شباط: 2,
	اذار: 3,
	نيسان: 4,
	ايار: 5,
	حزيران: 6,
	تموز: 7,
	ايلول: 9
};
/** «آب» (August) is also «father»: read it as a month only in a date frame. */
const FRAMED_MONTHS: Record<string, number> = { اب: 8 };
const TWO_WORD_MONTHS: Record<string, number> = {
	'كانون الثاني': 1,
	'كانون الاول': 12,
	'تشرين الاول': 10,
	'تشرين الثاني': 11
};
const WEEKDAYS: Record<string, number> = {
	الاحد: 0,
	الاثنين: 1,
	الاتنين: 1,
	الثلاثاء: 2,
	الاربعاء: 3,
	الخميس: 4,
	الجمعه: 5,
	السبت: 6
};
const PARTS: Record<string, DayPart> = {
	مطلع: 'early',
	بدايه: 'early',
	اوايل: 'early',
	مستهل: 'early',
	بدء: 'early',
	اول: 'early',
	منتصف: 'mid',
	اواسط: 'mid',
	وسط: 'mid',
	اواخر: 'late',
	نهايه: 'late',
	اخر: 'late',
	ختام: 'late',
	اخير: 'late'
};
const SEASONS: Record<string, NonNullable<DateValue['season']>> = {
	ربيع: 'spring',
	صيف: 'summer',
	الصيف: 'summer',
	خريف: 'autumn',
	الخريف: 'autumn',
	شتاء: 'winter',
	الشتاء: 'winter',
	الربيع: 'spring'
};
const DECADES: Record<string, number> = {
	العشرينيات: 1920,
	الثلاثينيات: 1930,
	الاربعينيات: 1940,
	الخمسينيات: 1950,
	الستينيات: 1960,
	السبعينيات: 1970,
	الثمانينيات: 1980,
	الثمانينات: 1980,
	التسعينيات: 1990,
	التسعينات: 1990,
	السبعينات: 1970,
	الستينات: 1960
};
const ORDINAL_UNITS: Record<string, number> = {
	...ORDINAL_WORDS,
	// Maghrebi «الفاتح من جانفي»: the first of the month.
	الفاتح: 1
};
/** «النصف الأول من العام المقبل», «النصف الثاني من عام 2025». */
const HALF_WORD = new Set(['النصف']);
const HALVES: Record<string, YearHalf> = { الاول: 'first-half', الثاني: 'second-half' };
const YEAR_RELATIVES = new Set<DateValue['relative']>([
	'this-year',
	'last-year',
	'next-year',
	'year-before-last'
]);
/** Nouns that «العام» («general», «public») qualifies: «الأمين العام», «الرأي العام». */
const GENERAL_HEADS = new Set([
	'الامين',
	'المدعي',
	'المدير',
	'الراي',
	'القطاع',
	'النايب',
	'الموتمر',
	'الاضراب',
	'العفو',
	'الامن',
	'المراقب',
	'القنصل',
	'الاتحاد'
]);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'عامي']);
const RELATIVE_MONTH: Record<string, DateValue['relative']> = {
	الجاري: 'this-month',
	الحالي: 'this-month',
	المقبل: 'next-month',
	القادم: 'next-month',
	الماضي: 'last-month',
	المنصرم: 'last-month',
	الفايت: 'last-month'
};
const RELATIVE_YEAR: Record<string, DateValue['relative']> = {
	المقبل: 'next-year',
	القادم: 'next-year',
	المقبله: 'next-year',
	القادمه: 'next-year',
	الماضي: 'last-year',
	الماضيه: 'last-year',
	المنصرم: 'last-year',
	الجاري: 'this-year',
	الحالي: 'this-year',
	الحاليه: 'this-year',
	الجاريه: 'this-year'
};
const RELATIVE_WEEK: Record<string, DateValue['relative']> = {
	الماضي: 'last-week',
	المنصرم: 'last-week',
	الفايت: 'last-week',
	المقبل: 'next-week',
	القادم: 'next-week',
	الجاري: 'this-week',
	الحالي: 'this-week'
};
/** Days named from the article's own day: a weekday may follow («اليوم الجمعة», «أمس الأربعاء»,
 * «أمس الأول الجمعة»). */
const DAY_DEIXIS = new Set<DateValue['relative']>([
	'today',
	'yesterday',
	'tomorrow',
	'day-before-yesterday',
	'day-after-tomorrow'
]);
/** «من العام ذاته», «من العام نفسه», «من ذات العام», «من نفس العام»: the year the sentence named last. */
const SAME_WORDS = new Set(['ذاته', 'نفسه']);
const SAME_FIRST = new Set(['ذات', 'نفس']);
const RANGE_TO = new Set(['الي', 'حتي', 'و']);
const DAY_WORD = new Set(['يوم']);

const strippers = new Map<Record<string, unknown> | Set<string>, (key: string) => string | null>();

/** Key without one leading و ف ب ل (and «ال» kept): «ويوم» → «يوم», «بالثمانينيات» → «الثمانينيات»,
 * «وللأمين» → «الأمين». */
function strip(key: string, table: Record<string, unknown> | Set<string>): string | null {
	let fn = strippers.get(table);
	if (!fn) {
		fn = memoize((k: string) => stripUncached(k, table), 20_000);
		strippers.set(table, fn);
	}
	return fn(key);
}

function stripUncached(key: string, table: Record<string, unknown> | Set<string>): string | null {
	const has = (k: string): boolean => (table instanceof Set ? table.has(k) : k in table);
	if (has(key)) return key;
	for (const re of [/^[وف]/, /^[بل]/, /^[وف][بل]/, /^لل/, /^[وف]لل/]) {
		const rest = key.replace(re, re.source.endsWith('لل') ? 'ال' : '');
		if (rest !== key && has(rest)) return rest;
	}
	return null;
}

const DIGIT = /\d/;

function dayNumber(t: Token | undefined): number | null {
	if (!t || !DIGIT.test(t.key)) return null;
	const d = parseDigits(t.key.replace(/^[وب]/, ''));
	return d !== null && Number.isInteger(d) && d >= 1 && d <= 31 ? d : null;
}

export function yearNumber(t: Token | undefined): number | null {
	if (!t || !DIGIT.test(t.key)) return null;
	const y = parseDigits(t.key.replace(/^[وب]/, ''));
	return y !== null && /^\d{4}$/.test(String(y)) && y >= 1900 && y <= 2100 ? y : null;
}

/** Ordinal day («السادس», «الحادي عشر», «الحادي والعشرين», «الثلاثين»): value and tokens used. */
function ordinalAt(tokens: Token[], i: number): { day: number; to: number } | null {
	const t = tokens[i];
	if (!t) return null;
	const key = t.key.replace(/^[وف]/, '');
	if (key === 'العشرين') return { day: 20, to: i + 1 };
	if (key === 'الثلاثين') return { day: 30, to: i + 1 };
	const unit = ORDINAL_UNITS[key] ?? (key === 'الاولي' ? 1 : undefined);
	if (unit === undefined) return null;
	const next = tokens[i + 1]?.key;
	if (next === 'عشر' && unit < 10) return { day: 10 + unit, to: i + 2 };
	if (next === 'والعشرين' && unit < 10) return { day: 20 + unit, to: i + 2 };
	if (next === 'والثلاثين' && unit === 1) return { day: 31, to: i + 2 };
	return { day: unit, to: i + 1 };
}

/** A month name at token i, with its combined second spelling («أيار/مايو», «تشرين الأول (أكتوبر)»). */
export function monthAt(
	text: string,
	tokens: Token[],
	i: number,
	framed: boolean
): { month: number; to: number; end: number } | null {
	const one = readMonth(tokens, i, framed);
	if (!one) return null;
	let { to } = one;
	let end = tokens[to - 1]?.end ?? 0;
	const second = readMonth(tokens, to, true);
	const prev = tokens[to - 1];
	const next = tokens[to];
	if (second && second.month === one.month && prev && next) {
		const gap = text.slice(prev.end, next.start);
		if (/^\s*[/(]\s*$/.test(gap) || /^\s*-\s*$/.test(gap)) {
			to = second.to;
			end = tokens[to - 1]?.end ?? end;
			const close = /^\s*\)/.exec(text.slice(end));
			if (close) end += close[0].length;
		}
	}
	return { month: one.month, to, end };
}

/** The readings of a token a month name may hide behind («وفي», «بأكتوبر»), computed once per key. */
const monthVariants = memoize((key: string): string[] => [
	...new Set([key, key.replace(/^[وفب]/, ''), key.replace(/^(ف|و)?(ب|ل)?/, '')])
]);
const TWO_WORD_FIRSTS = new Set(Object.keys(TWO_WORD_MONTHS).map((k) => k.split(' ')[0] ?? ''));

function readMonth(
	tokens: Token[],
	i: number,
	framed: boolean
): { month: number; to: number } | null {
	const t = tokens[i];
	if (!t) return null;
	const next = tokens[i + 1];
	for (const key of monthVariants(t.key)) {
		if (next && TWO_WORD_FIRSTS.has(key)) {
			const two = TWO_WORD_MONTHS[`${key} ${next.key}`];
			if (two) return { month: two, to: i + 2 };
		}
		const one = ONE_WORD_MONTHS[key] ?? (framed ? FRAMED_MONTHS[key] : undefined);
		if (one) return { month: one, to: i + 1 };
	}
	return null;
}

const RELATIVE_STARTS = new Set(['الشهر', 'هذا', 'هذه', 'العام', 'السنه', 'امس', 'الاسبوع']);

/** Whether a date expression can start with this key: every branch of dateAt opens with one of
 * these words, so other tokens skip it (read once per key). */
const mayStartDate = memoize((key: string): boolean => {
	if (DIGIT.test(key) || key === 'من' || key === 'بين') return true;
	const noConj = key.replace(/^[وف]/, '');
	if (noConj in ORDINAL_UNITS || /^(العشرين|الثلاثين|الاولي)$/.test(noConj)) return true;
	if (/^[وف]?فاتح$/.test(key)) return true;
	if (
		monthVariants(key).some(
			(k) => TWO_WORD_FIRSTS.has(k) || k in ONE_WORD_MONTHS || k in FRAMED_MONTHS
		)
	)
		return true;
	const rel = key.replace(/^[وفب]/, '').replace(/^لل/, 'ال');
	if (RELATIVE_STARTS.has(rel) || key === 'غدا' || key === 'وغدا' || /^[وف]?بعد$/.test(key))
		return true;
	if (key === 'اليوم' || key === 'واليوم') return true;
	if (YEAR_WORDS.has(key) || YEAR_WORDS.has(key.replace(/^[وفبل]/, ''))) return true;
	return [PARTS, DAY_WORD, WEEKDAYS, SEASONS, DECADES, HALF_WORD].some(
		(table) => strip(key, table) !== null
	);
});

/**
 * Finds every date expression in a sentence, left to right, without overlaps. `yearBefore` is the
 * last year the article named before this sentence: «من العام نفسه» refers to it when the sentence
 * names none of its own.
 */
export function findDates(text: string, tokens: Token[], yearBefore?: number): DateMatch[] {
	const out: DateMatch[] = [];
	let i = 0;
	while (i < tokens.length) {
		const key = tokens[i]?.key ?? '';
		const m =
			(mayStartDate(key) ? dateAt(text, tokens, i) : null) ??
			(tokens[i + 1]?.key === 'منه' || tokens[i + 2]?.key === 'منه'
				? sameMonthAt(text, tokens, i, out)
				: null);
		if (m) {
			const whole = ofSameYear(text, tokens, withDayOfMonth(text, tokens, m), out, yearBefore);
			out.push(whole);
			i = whole.to;
		} else i++;
	}
	return out;
}

/**
 * «الأربعاء 20 سبتمبر», «يوم الخميس، 5 أكتوبر», «اليوم السبت 30 سبتمبر»: a weekday written just before
 * its day and month is one date, not two. So is one joined by «الموافق» («الاثنين الموافق 11 يناير»,
 * common in Egyptian and Gulf papers) or followed by its date in brackets («الخميس (25 مايو)»), which
 * then ends at the closing bracket.
 */
function withDayOfMonth(text: string, tokens: Token[], m: DateMatch): DateMatch {
	if (m.date.weekday === undefined || m.date.day !== undefined || m.date.month !== undefined)
		return m;
	let k = m.to;
	const first = tokens[k];
	if (!first) return m;
	let gap = text.slice(m.end, first.start);
	const after = tokens[k + 1];
	if (first.key === 'الموافق' && /^\s*[،,]?\s*$/.test(gap) && after) {
		gap = text.slice(first.end, after.start);
		k++;
	}
	const bracketed = /^\s*\(\s*$/.test(gap);
	if (!(bracketed || /^\s*[،,]?\s*$/.test(gap))) return m;
	const day = dateAt(text, tokens, k);
	if (!day || day.date.day === undefined || day.date.month === undefined) return m;
	if (day.date.weekday !== undefined) return m;
	let end = day.end;
	if (bracketed) {
		const close = /^\s*\)/.exec(text.slice(day.end));
		if (!close) return m;
		end += close[0].length;
	}
	const { text: _t, ...fields } = day.date;
	void _t;
	return finish(text, tokens, m.from, day.to, { ...m.date, ...fields }, end);
}

/**
 * «في 27 سبتمبر 2020 … في 10 نوفمبر من العام ذاته»: a month «of the same year» is in the year the
 * sentence named last, or else the article before it (numbered points, «2. … أُنجز في 13 مارس من العام
 * نفسه» after a point dated 2025). With no year named before at all the words stay outside the date,
 * which then gives no year rather than a guessed one.
 */
function ofSameYear(
	text: string,
	tokens: Token[],
	m: DateMatch,
	before: DateMatch[],
	yearBefore?: number
): DateMatch {
	if (m.date.month === undefined || m.date.year !== undefined || m.date.relative) return m;
	if (tokens[m.to]?.key !== 'من') return m;
	const a = tokens[m.to + 1]?.key ?? '';
	const b = tokens[m.to + 2]?.key ?? '';
	const same =
		((a === 'العام' || a === 'السنه') && SAME_WORDS.has(b)) ||
		(SAME_FIRST.has(a) && (b === 'العام' || b === 'السنه'));
	if (!same) return m;
	const last = [...before].reverse().find((d) => d.date.year !== undefined);
	const year = last?.date.year ?? yearBefore;
	if (year === undefined) return m;
	const { text: _t, ...fields } = m.date;
	void _t;
	return finish(text, tokens, m.from, m.to + 3, { ...fields, year });
}

/**
 * «بحلول 15 تشرين الثاني، وآغدام بحلول 20 منه»: a day «منه» (of it) is in the month the sentence
 * named last, and in its year when one was given.
 */
function sameMonthAt(
	text: string,
	tokens: Token[],
	i: number,
	before: DateMatch[]
): DateMatch | null {
	const ord = ordinalAt(tokens, i);
	const day = dayNumber(tokens[i]) ?? ord?.day ?? null;
	const at = dayNumber(tokens[i]) !== null ? i + 1 : (ord?.to ?? i + 1);
	if (day === null || tokens[at]?.key !== 'منه') return null;
	const last = [...before].reverse().find((d) => d.date.month !== undefined);
	if (!last?.date.month) return null;
	const date: Omit<DateValue, 'text'> = { day, month: last.date.month };
	if (last.date.year !== undefined) date.year = last.date.year;
	return finish(text, tokens, i, at + 1, date);
}

function span(
	text: string,
	tokens: Token[],
	from: number,
	to: number,
	end?: number
): { start: number; end: number } {
	const start = tokens[from]?.start ?? 0;
	return { start, end: Math.max(end ?? 0, tokens[to - 1]?.end ?? start) };
}

function finish(
	text: string,
	tokens: Token[],
	from: number,
	to: number,
	date: Omit<DateValue, 'text'>,
	end?: number
): DateMatch {
	const s = span(text, tokens, from, to, end);
	return {
		date: { ...date, text: text.slice(s.start, s.end) },
		start: s.start,
		end: s.end,
		from,
		to
	};
}

/** Extends a month reading with a following year («أكتوبر 2020», «أكتوبر عام 2020») or «الجاري». */
function afterMonth(tokens: Token[], to: number, date: Omit<DateValue, 'text'>): number {
	const y = yearNumber(tokens[to]);
	if (y) {
		date.year = y;
		return to + 1;
	}
	const word = tokens[to]?.key;
	if (word && YEAR_WORDS.has(word)) {
		const y2 = yearNumber(tokens[to + 1]);
		if (y2) {
			date.year = y2;
			return to + 2;
		}
	}
	if (word === 'الجاري' || word === 'الحالي') {
		date.relative = 'this-month';
		return to + 1;
	}
	return to;
}

function dateAt(text: string, tokens: Token[], i: number): DateMatch | null {
	const t = tokens[i];
	if (!t) return null;
	const key = t.key;

	// «من 1 إلى 4 أيار/مايو», «بين 3 و5 مايو»
	if (key === 'من' || key === 'بين') {
		const d1 = dayNumber(tokens[i + 1]);
		const joiner = tokens[i + 2]?.key;
		let d2: number | null = null;
		let k = i + 2;
		if (joiner && RANGE_TO.has(joiner)) {
			d2 = dayNumber(tokens[i + 3]);
			k = i + 4;
		} else if (joiner && /^و\d/.test(joiner)) {
			d2 = dayNumber({ ...tokens[i + 2]!, key: joiner.slice(1) });
			k = i + 3;
		}
		if (d1 && d2 && d2 > d1) {
			const m = monthAt(text, tokens, k, true);
			if (m) {
				const date: Omit<DateValue, 'text'> = { day: d1, dayEnd: d2, month: m.month };
				const to = afterMonth(tokens, m.to, date);
				return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
			}
		}
	}

	// «14/5/2023»: day, month and year in digits; «19–20/09/2023», a range of days in a timeline.
	const day = dayNumber(t);
	const lastDay = dayNumber(tokens[i + 1]);
	const ranged =
		!!day &&
		!!lastDay &&
		lastDay > day &&
		/^\s*[-–]\s*$/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end));
	const d = ranged ? i + 1 : i;
	const m2 = tokens[d + 1];
	const y2 = tokens[d + 2];
	if (
		day &&
		m2 &&
		y2 &&
		/^\/$/.test(text.slice(tokens[d]?.end ?? t.end, m2.start)) &&
		/^\/$/.test(text.slice(m2.end, y2.start))
	) {
		const month = parseDigits(m2.key);
		const year = yearNumber(y2);
		if (month && Number.isInteger(month) && month >= 1 && month <= 12 && year) {
			const date: Omit<DateValue, 'text'> = { day, month, year };
			if (ranged && lastDay) date.dayEnd = lastDay;
			return finish(text, tokens, i, d + 3, date);
		}
	}
	// «7 ديسمبر», «14 أيار/مايو الجاري», «1-4 مايو»
	if (day) {
		let k = i + 1;
		let dayEnd: number | undefined;
		const d2 = dayNumber(tokens[i + 1]);
		if (d2 && d2 > day && /^\s*[-–]\s*$/.test(text.slice(t.end, tokens[i + 1]!.start))) {
			dayEnd = d2;
			k++;
		}
		const glued = /^و(\d{1,2})$/.exec(tokens[i + 1]?.key ?? '');
		if (!dayEnd && glued && Number(glued[1]) > day && Number(glued[1]) <= 31) {
			dayEnd = Number(glued[1]);
			k++;
		}
		// «ليلة 9 إلى 10 نوفمبر», «12 حتى 14 مايو»: a range written without its «من»/«بين».
		const upTo = dayNumber(tokens[i + 2]);
		if (!dayEnd && /^(الي|حتي)$/.test(tokens[i + 1]?.key ?? '') && upTo && upTo > day) {
			dayEnd = upTo;
			k += 2;
		}
		const m = monthAt(text, tokens, k, true);
		if (m) {
			const date: Omit<DateValue, 'text'> = { day, month: m.month };
			if (dayEnd) date.dayEnd = dayEnd;
			const to = afterMonth(tokens, m.to, date);
			return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
		}
	}

	// Maghrebi «فاتح دجنبر 2020» («فاتح» without its «ال», right before the month): the first.
	if (/^[وف]?فاتح$/.test(key)) {
		const m = monthAt(text, tokens, i + 1, true);
		if (m) {
			const date: Omit<DateValue, 'text'> = { day: 1, month: m.month };
			const to = afterMonth(tokens, m.to, date);
			return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
		}
	}

	// «السادس من أكتوبر», «العاشر من الشهر الجاري»
	const ord = ordinalAt(tokens, i);
	if (ord && tokens[ord.to]?.key === 'من') {
		const m = monthAt(text, tokens, ord.to + 1, true);
		if (m) {
			const date: Omit<DateValue, 'text'> = { day: ord.day, month: m.month };
			const to = afterMonth(tokens, m.to, date);
			return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
		}
		const rel = relativeAt(tokens, ord.to + 1);
		if (
			rel &&
			(rel.relative === 'this-month' ||
				rel.relative === 'next-month' ||
				rel.relative === 'last-month')
		)
			return finish(text, tokens, i, rel.to, { day: ord.day, relative: rel.relative });
	}

	const half = halfAt(tokens, i);
	if (half) return finish(text, tokens, i, half.to, half.date);

	// «مطلع أكتوبر», «منتصف تشرين الأول (أكتوبر)», «أواخر الثمانينيات», «مطلع الشهر الجاري», «نهاية الصيف»
	const part = PARTS[strip(key, PARTS) ?? ''];
	if (part) {
		let k = i + 1;
		if (tokens[k]?.key === 'شهر') k++;
		const m = monthAt(text, tokens, k, true);
		if (m) {
			const date: Omit<DateValue, 'text'> = { part, month: m.month };
			const to = afterMonth(tokens, m.to, date);
			return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
		}
		const decade = DECADES[tokens[k]?.key ?? ''];
		if (decade) return finish(text, tokens, i, k + 1, { part, decade });
		// A part of a month, week or year; «أول أمس» is a day of its own, read below.
		const rel = relativeAt(tokens, k);
		if (rel && !DAY_DEIXIS.has(rel.relative))
			return finish(text, tokens, i, rel.to, { part, relative: rel.relative });
		const season = SEASONS[tokens[k]?.key ?? ''];
		if (season) {
			const date: Omit<DateValue, 'text'> = { part, season };
			const y = yearNumber(tokens[k + 1]);
			if (y) date.year = y;
			return finish(text, tokens, i, y ? k + 2 : k + 1, date);
		}
		const y = YEAR_WORDS.has(tokens[k]?.key ?? '') ? yearNumber(tokens[k + 1]) : null;
		if (y) return finish(text, tokens, i, k + 2, { part, year: y });
		// «مطلع 2021», «أواخر 2020»: the year may follow without «عام»; not after «أول»/«آخر», which
		// also count («أول 1500 جندي»).
		const bare = /^(اول|اخر|اخير)$/.test(strip(key, PARTS) ?? '') ? null : yearNumber(tokens[k]);
		if (bare && !isCounted(tokens[k + 1]))
			return finish(text, tokens, i, k + 1, { part, year: bare });
	}

	// «أكتوبر», «شهر تشرين الأول/أكتوبر المقبل», «سبتمبر 2022»
	{
		const framed = i > 0 && /^(في|خلال|شهر|منذ|حتي|من)$/.test(tokens[i - 1]?.key ?? '');
		const m = monthAt(text, tokens, i, framed);
		if (m) {
			const date: Omit<DateValue, 'text'> = { month: m.month };
			const to = afterMonth(tokens, m.to, date);
			return finish(text, tokens, i, to, date, to === m.to ? m.end : undefined);
		}
	}

	// «الشهر الجاري», «العام الماضي», «اليوم»
	const rel = relativeAt(tokens, i);
	if (rel) {
		// «اليوم الجمعة», «أمس الأربعاء», «غداً السبت»: the day is named as well.
		const named = tokens[rel.to];
		const weekday = named && named.key.startsWith('ال') ? WEEKDAYS[named.key] : undefined;
		if (DAY_DEIXIS.has(rel.relative) && weekday !== undefined && named) {
			// Gulf papers put the weekday in brackets («أمس (السبت)»): the answer takes the closing one.
			const bracketed = /\(\s*$/.test(text.slice(tokens[rel.to - 1]?.end ?? 0, named.start));
			const close = bracketed ? /^\s*\)/.exec(text.slice(named.end)) : null;
			const end = close ? named.end + close[0].length : undefined;
			return finish(text, tokens, i, rel.to + 1, { relative: rel.relative, weekday }, end);
		}
		return finish(text, tokens, i, rel.to, { relative: rel.relative });
	}

	// «يوم السبت», «الاثنين»
	{
		const k = strip(key, DAY_WORD) ? i + 1 : i;
		const wk = tokens[k];
		const wd = wk ? strip(wk.key, WEEKDAYS) : null;
		if (wd && (k > i || wd.startsWith('ال')))
			return finish(text, tokens, i, k + 1, { weekday: WEEKDAYS[wd] ?? 0 });
	}

	// «عام 2020», «خريف 2020», «حرب 2020», «في 2020»
	{
		const season = SEASONS[strip(key, SEASONS) ?? ''];
		let k = i;
		if (season) k++;
		if (
			YEAR_WORDS.has(tokens[k]?.key.replace(/^[وفبل]/, '') ?? '') ||
			YEAR_WORDS.has(tokens[k]?.key ?? '')
		)
			k++;
		const y = yearNumber(tokens[k]);
		if (y && (k > i || !isCounted(tokens[k + 1]))) {
			const date: Omit<DateValue, 'text'> = { year: y };
			if (season) date.season = season;
			return finish(text, tokens, i, k + 1, date);
		}
	}

	const decade = DECADES[strip(key, DECADES) ?? ''];
	if (decade) return finish(text, tokens, i, i + 1, { decade });
	return null;
}

/** «النصف الأول من العام المقبل», «النصف الثاني من عام 2025»: a half of a year. */
function halfAt(tokens: Token[], i: number): { date: Omit<DateValue, 'text'>; to: number } | null {
	if (strip(tokens[i]?.key ?? '', HALF_WORD) === null) return null;
	const half = HALVES[tokens[i + 1]?.key ?? ''];
	if (!half || tokens[i + 2]?.key !== 'من') return null;
	const k = i + 3;
	const rel = relativeAt(tokens, k);
	if (rel && YEAR_RELATIVES.has(rel.relative))
		return { date: { part: half, relative: rel.relative }, to: rel.to };
	const at = YEAR_WORDS.has(tokens[k]?.key ?? '') ? k + 1 : k;
	const year = yearNumber(tokens[at]);
	return year ? { date: { part: half, year }, to: at + 1 } : null;
}

/** A year-like number directly followed by a counted noun is a quantity («2000 جندي»), not a year. */
function isCounted(next: Token | undefined): boolean {
	return (
		!!next &&
		/^(جندي|جنود|شخص|اشخاص|قتيل|قتيلا|قتلي|جريح|ضحيه|كيلومتر|كم|متر|دولار|يورو|عسكري|مدني|لاجي|نازح|منزل|طن|برميل|عنصر|مقاتل)/.test(
			next.key
		)
	);
}

function relativeAt(
	tokens: Token[],
	i: number
): { relative: NonNullable<DateValue['relative']>; to: number } | null {
	const t = tokens[i];
	const n = tokens[i + 1];
	if (!t) return null;
	const k = t.key.replace(/^[وفب]/, '').replace(/^لل/, 'ال');
	if ((k === 'الشهر' || k === 'هذا') && n) {
		if (k === 'هذا' && n.key === 'الشهر') return { relative: 'this-month', to: i + 2 };
		const r = k === 'الشهر' ? RELATIVE_MONTH[n.key] : undefined;
		if (r) return { relative: r, to: i + 2 };
	}
	// «اليوم», «أمس», «غداً», «الأسبوع الماضي»: days and weeks counted from the article's own date.
	// «مساء اليوم نفسه», «في اليوم ذاته»: the same day as an event just told, not the article's day.
	if ((t.key === 'اليوم' || t.key === 'واليوم') && /^(نفسه|ذاته)$/.test(n?.key ?? '')) return null;
	if (t.key === 'اليوم' || t.key === 'واليوم') return { relative: 'today', to: i + 1 };
	// «أمس الأول», «أول أمس», «أول من أمس»: the day before yesterday; «بعد غد»: the day after tomorrow.
	// One space apart, so «أمس، الأول من نوعه» stays «أمس».
	const close = (a: Token | undefined, b: Token | undefined): boolean =>
		!!a && !!b && b.start - a.end === 1;
	if (k === 'امس' && n?.key === 'الاول' && close(t, n))
		return { relative: 'day-before-yesterday', to: i + 2 };
	if (k === 'اول' && close(t, n)) {
		if (n?.key === 'امس') return { relative: 'day-before-yesterday', to: i + 2 };
		if (n?.key === 'من' && tokens[i + 2]?.key === 'امس')
			return { relative: 'day-before-yesterday', to: i + 3 };
	}
	if (k === 'امس') return { relative: 'yesterday', to: i + 1 };
	if (/^[وف]?بعد$/.test(t.key) && /^غد[اه]?$/.test(n?.key ?? '') && close(t, n))
		return { relative: 'day-after-tomorrow', to: i + 2 };
	if (t.key === 'غدا' || t.key === 'وغدا') return { relative: 'tomorrow', to: i + 1 };
	if (k === 'الاسبوع' && n) {
		const r = RELATIVE_WEEK[n.key];
		if (r) return { relative: r, to: i + 2 };
	}
	// «الأمين العام المقبل»: «العام» is the adjective «general» after these nouns, not «the year».
	if (k === 'العام' && strip(tokens[i - 1]?.key ?? '', GENERAL_HEADS) !== null) return null;
	if ((k === 'العام' || k === 'السنه' || k === 'هذا' || k === 'هذه') && n) {
		if ((k === 'هذا' && n.key === 'العام') || (k === 'هذه' && n.key === 'السنه'))
			return { relative: 'this-year', to: i + 2 };
		const r = k !== 'هذا' && k !== 'هذه' ? RELATIVE_YEAR[n.key] : undefined;
		// «العام قبل الماضي»: the year before last.
		if (
			k !== 'هذا' &&
			k !== 'هذه' &&
			n.key === 'قبل' &&
			/^الماضي[ه]?$/.test(tokens[i + 2]?.key ?? '')
		)
			return { relative: 'year-before-last', to: i + 3 };
		if (r) return { relative: r, to: i + 2 };
	}
	return null;
}
