// Dates an article gives relative to its own day («اليوم», «مطلع الشهر الجاري», «العام الماضي») or as a
// bare weekday («يوم الجمعة»). They place nothing on a calendar, but "according to the article" they
// are answers all the same: the wrong options are other dates of the same kind, which the sentence
// rules out (the talks were held «early this month», so not «late last month»).
import type { DateValue, DayPart } from '../pipeline/types';
import { tq, type Lang } from './i18n';
import { seededShuffle } from './seed';

type Relative = NonNullable<DateValue['relative']>;

/** Each scale in time order, so a neighbour is one step away. */
const DAYS: readonly Relative[] = ['day-before-yesterday', 'yesterday', 'today', 'tomorrow', 'day-after-tomorrow'];
const MONTHS: readonly Relative[] = ['last-month', 'this-month', 'next-month'];
const YEARS: readonly Relative[] = ['year-before-last', 'last-year', 'this-year', 'next-year'];
const PARTS: readonly DayPart[] = ['early', 'mid', 'late'];

export type RelativeKind = 'weekday' | 'day' | 'month-day' | 'month-part' | 'year';

/** What kind of relative date this is, or null for a calendar date (or one with no alternatives). */
export function relativeKind(date: DateValue): RelativeKind | null {
	if (date.year !== undefined || date.month !== undefined || date.decade !== undefined) return null;
	if (date.season || date.dayEnd !== undefined) return null;
	const r = date.relative;
	if (!r) return date.weekday !== undefined && date.day === undefined && !date.part ? 'weekday' : null;
	if (DAYS.includes(r) && date.day === undefined && !date.part) return 'day';
	if (MONTHS.includes(r) && date.day !== undefined && !date.part && date.weekday === undefined) return 'month-day';
	if (MONTHS.includes(r) && date.part && date.day === undefined && date.weekday === undefined) return 'month-part';
	if (YEARS.includes(r) && date.day === undefined && !date.part && date.weekday === undefined) return 'year';
	return null;
}

const mod7 = (n: number): number => ((n % 7) + 7) % 7;

/** The date as an option («مطلع الشهر الجاري» / «early this month»), or null when it is not relative. */
export function renderRelativeDate(date: DateValue, lang: Lang): string | null {
	const kind = relativeKind(date);
	if (!kind) return null;
	const weekday = date.weekday !== undefined ? tq(lang, `weekday.${date.weekday}`) : null;
	switch (kind) {
		case 'weekday':
			return tq(lang, 'date.weekday', { weekday });
		case 'day': {
			const day = tq(lang, `relative.${date.relative}`);
			return weekday ? tq(lang, 'relative.dayWeekday', { day, weekday }) : day;
		}
		case 'month-day':
			// «يوم 10 من الشهر الجاري» / «the 10th of this month»: an ordinal in English.
			return tq(lang, 'relative.monthDay', {
				count: date.day,
				ordinal: true,
				month: tq(lang, `relative.${date.relative}`)
			});
		case 'month-part':
			return tq(lang, `relative.part.${date.part}`, { month: tq(lang, `relative.${date.relative}`) });
		case 'year':
			return tq(lang, `relative.${date.relative}`);
	}
}

function same(a: DateValue, b: DateValue): boolean {
	return a.relative === b.relative && a.part === b.part && a.day === b.day && a.weekday === b.weekday;
}

/** Every other date of the same kind, nearest first. */
function alternatives(date: DateValue): DateValue[] {
	const kind = relativeKind(date);
	const r = date.relative;
	const at = (list: readonly Relative[]): number => (r ? list.indexOf(r) : -1);
	const byDistance = (list: DateValue[], distance: (d: DateValue) => number): DateValue[] =>
		list.filter((d) => !same(d, date)).sort((a, b) => distance(a) - distance(b));
	switch (kind) {
		case 'weekday':
			return byDistance(
				Array.from({ length: 7 }, (_, w) => ({ weekday: w, text: '' })),
				(d) => Math.min(mod7((d.weekday ?? 0) - (date.weekday ?? 0)), mod7((date.weekday ?? 0) - (d.weekday ?? 0)))
			);
		case 'day': {
			// «اليوم الجمعة» → «أمس الخميس»: a weekday moves with its day.
			const here = at(DAYS);
			return byDistance(
				DAYS.map((rel, i) => ({
					relative: rel,
					...(date.weekday !== undefined ? { weekday: mod7(date.weekday + i - here) } : {}),
					text: ''
				})),
				(d) => Math.abs(DAYS.indexOf(d.relative as Relative) - here)
			);
		}
		case 'month-day': {
			// Whole weeks away, within the 28 days every month has: «يوم 27» still gets three.
			const day = date.day ?? 1;
			return byDistance(
				[day - 21, day - 14, day - 7, day + 7, day + 14, day + 21]
					.filter((d) => d >= 1 && d <= 28)
					.map((d) => ({ day: d, relative: r, text: '' })),
				(d) => Math.abs((d.day ?? 0) - day)
			);
		}
		case 'month-part': {
			const here = at(MONTHS) * 3 + PARTS.indexOf(date.part as DayPart);
			return byDistance(
				MONTHS.flatMap((rel) => PARTS.map((part) => ({ relative: rel, part, text: '' }))),
				(d) => Math.abs(MONTHS.indexOf(d.relative as Relative) * 3 + PARTS.indexOf(d.part as DayPart) - here)
			);
		}
		case 'year': {
			const here = at(YEARS);
			return byDistance(
				YEARS.map((rel) => ({ relative: rel, text: '' })),
				(d) => Math.abs(YEARS.indexOf(d.relative as Relative) - here)
			);
		}
		default:
			return [];
	}
}

/**
 * `count` wrong dates of the same kind: from the nearest few (a seeded choice among them), none that
 * `isTrue` accepts. Null when there are not enough.
 */
export function pickRelativeDistractors(
	date: DateValue,
	isTrue: (d: DateValue) => boolean,
	seed: string,
	count: number
): DateValue[] | null {
	const open = alternatives(date).filter((d) => !isTrue(d));
	if (open.length < count) return null;
	const near = open.slice(0, count + 1);
	return seededShuffle(near, seed).slice(0, count);
}

/** Whether two dates name the same relative date (fields compared as given). */
export function sameRelativeDate(a: DateValue, b: DateValue): boolean {
	return !!relativeKind(a) && same(a, b);
}

/** Relative dates every day of which lies after the article's own day. */
const AHEAD: ReadonlySet<Relative> = new Set(['tomorrow', 'day-after-tomorrow', 'next-week', 'next-month', 'next-year']);

/**
 * Whether a relative date lies wholly after the article's day («العام المقبل», «غدًا», «أواخر الشهر
 * المقبل»); false for a bare weekday, which may be this week's past or coming day.
 */
export function afterArticleDay(date: DateValue): boolean {
	return !!relativeKind(date) && date.relative !== undefined && AHEAD.has(date.relative);
}

/** Days, weeks and months just around the article's day, and the years they may fall in. */
const AROUND: Partial<Record<Relative, readonly Relative[]>> = {
	today: ['this-year'],
	yesterday: ['this-year'],
	tomorrow: ['this-year'],
	'this-week': ['this-year'],
	'this-month': ['this-year'],
	// A day or a month back from early January is last year's; one ahead of late December, next year's.
	'day-before-yesterday': ['this-year', 'last-year'],
	'last-week': ['this-year', 'last-year'],
	'last-month': ['this-year', 'last-year'],
	'day-after-tomorrow': ['this-year', 'next-year'],
	'next-week': ['this-year', 'next-year'],
	'next-month': ['this-year', 'next-year']
};

/**
 * The years relative to the article («العام الماضي», «هذا العام») a date may fall in; empty when the
 * article's own date would be needed (a calendar year) or the date names no time at all. A bare
 * weekday («يوم الاثنين») is a day of the article's week: this year; a month without its year may be
 * in this year, the last or the next.
 */
export function relativeYearsOf(date: DateValue): readonly Relative[] {
	if (date.year !== undefined || date.decade !== undefined) return [];
	const r = date.relative;
	if (r && YEARS.includes(r)) return [r];
	if (r) return AROUND[r] ?? [];
	// «في أغسطس»: a month named without its year is one of the last twelve, or one ahead.
	if (date.month !== undefined) return ['this-year', 'last-year', 'next-year'];
	return date.weekday !== undefined ? ['this-year'] : [];
}
