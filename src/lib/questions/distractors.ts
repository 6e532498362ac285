// Wrong options of the same kind and granularity as the answer: corpus values first, then the
// lexicon or generated values; never a value the fact base makes true, never a duplicate.
import { placeKind } from './place-kinds';
import type { DateValue, EntityRef, EntityType, Quantity } from '../pipeline/types';
import { dateGranularity, renderDate } from './render';
import { seededRandom, seededShuffle } from './seed';
import { optionKey } from './normalize';
import { entityKey } from './events';
import { oncePer } from './fact-index';

export interface Picked<T> {
	values: T[];
	/** The distractors are close to the answer (harder question). */
	close: boolean;
}

export interface EntityCandidate {
	entity: EntityRef;
	/** 0 = same role in the corpus, 1 = elsewhere in the corpus, 2 and up = lexicon only. */
	tier: number;
}

/** Entity types interchangeable as options: a country or an organisation for an institutional agent. */
function compatibleTypes(type: EntityType, allowInstitutions: boolean): EntityType[] {
	if (allowInstitutions && (type === 'country' || type === 'organization'))
		return [type, type === 'country' ? 'organization' : 'country'];
	return [type];
}

export function pickEntityDistractors(
	answer: EntityRef,
	candidates: readonly EntityCandidate[],
	isExcluded: (entity: EntityRef) => boolean,
	seed: string,
	count: number,
	allowInstitutions = false,
	isClose: (entity: EntityRef) => boolean = () => false
): Picked<EntityRef> | null {
	const types = compatibleTypes(answer.type, allowInstitutions);
	const kind = placeKind(answer);
	const sameKind = (e: EntityRef): boolean => kind === null || placeKind(e) === kind;
	const seen = new Set([optionKey(answer.arCanonical)]);
	const seenKeys = new Set([entityKey(answer)]);
	const ranked = candidates
		.filter((c) => types.includes(c.entity.type))
		.filter((c) => !answer.en || !!c.entity.en)
		// Another type, or a place of another kind (a palace for a corridor), only when nothing else is left.
		.map((c) => ({ ...c, tier: c.tier + (c.entity.type === answer.type && sameKind(c.entity) ? 0 : 3) }));
	const tiers = [...new Set(ranked.map((c) => c.tier))].sort((a, b) => a - b);
	const out: EntityRef[] = [];
	let closeCount = 0;
	for (const tier of tiers) {
		const inTier = ranked.filter((c) => c.tier === tier);
		inTier.sort((a, b) => (entityKey(a.entity) < entityKey(b.entity) ? -1 : 1));
		for (const c of seededShuffle(inTier, `${seed}|${tier}`)) {
			if (out.length >= count) break;
			const key = optionKey(c.entity.arCanonical);
			const en = c.entity.en?.toLowerCase();
			if (seen.has(key) || seenKeys.has(entityKey(c.entity))) continue;
			if (en && seen.has(`en:${en}`)) continue;
			if (isExcluded(c.entity)) continue;
			seen.add(key);
			seenKeys.add(entityKey(c.entity));
			if (en) seen.add(`en:${en}`);
			out.push(c.entity);
			if (isClose(c.entity)) closeCount++;
		}
	}
	if (out.length < count) return null;
	return { values: out, close: closeCount >= 1 };
}

/**
 * Three wrong options on both sides of the answer: one of `below` and one of `above` for sure, the
 * third from what is left of either, each pick seeded (`sides` names the two sides in the seeds).
 * Null when a side has none or nothing is left for the third.
 */
export function oneOnEachSide<T>(
	below: readonly T[],
	above: readonly T[],
	seed: string,
	sides: readonly [string, string]
): [T, T, T] | null {
	const [b, ...moreBelow] = seededShuffle(below, `${seed}|${sides[0]}`);
	const [a, ...moreAbove] = seededShuffle(above, `${seed}|${sides[1]}`);
	const third = seededShuffle([...moreBelow, ...moreAbove], `${seed}|third`)[0];
	return b !== undefined && a !== undefined && third !== undefined ? [b, a, third] : null;
}

/** The rounding step the answer is written with: 286 → 1, 6500 → 100, 2000 → 1000. */
export function roundingStep(n: number): number {
	if (!Number.isInteger(n) || n === 0) return 1;
	let step = 1;
	while (n % (step * 10) === 0 && step * 10 < n) step *= 10;
	return step;
}

/**
 * Plausible wrong numbers: same magnitude (within ×3), rounded like the answer, some below and
 * some above it (which side gets two is seeded), corpus numbers of the same unit first.
 */
export function pickNumberDistractors(
	answer: number,
	corpusValues: readonly number[],
	isTrue: (n: number) => boolean,
	seed: string,
	count: number
): Picked<number> | null {
	const random = seededRandom(`${seed}|numbers`);
	const step = roundingStep(answer);
	const low = answer / 3;
	const high = answer * 3;
	const taken = new Set<number>([answer]);
	const ok = (n: number): boolean =>
		Number.isInteger(n) && n > 0 && !taken.has(n) && !isTrue(n) && n >= low && n <= high;
	const below: number[] = [];
	const above: number[] = [];
	const add = (n: number): void => {
		if (!ok(n)) return;
		taken.add(n);
		(n < answer ? below : above).push(n);
	};
	for (const n of [...corpusValues].sort((a, b) => a - b)) add(n);
	const round = (x: number): number => Math.max(step, Math.round(x / step) * step);
	if (answer <= 10) {
		for (const n of [answer - 1, answer - 2, answer + 1, answer + 2, answer + 3, answer * 2]) add(n);
	} else {
		const downs = [0.5, 0.65, 0.8, 0.4];
		const ups = [1.45, 1.9, 2.5, 1.25];
		for (const f of downs) add(round(answer * (f + (random() - 0.5) * 0.08)));
		for (const f of ups) add(round(answer * (f + (random() - 0.5) * 0.08)));
		if (below.length === 0 || above.length < 2) {
			for (const f of [0.5, 0.75, 1.5, 2, 2.5]) add(round(answer * f));
			const finer = Math.max(1, step / 10);
			for (const f of [0.6, 1.6, 2.2]) add(Math.round((answer * f) / finer) * finer);
		}
	}
	const target = count === 1 ? 0 : random() < 0.5 ? Math.min(2, count - 1) : 1;
	let nBelow = Math.min(target, below.length);
	if (above.length < count - nBelow) nBelow = Math.min(below.length, count - above.length);
	const fixed = [...below.slice(0, nBelow), ...above.slice(0, count - nBelow)];
	if (fixed.length < count) return null;
	const sorted = fixed.slice(0, count).sort((a, b) => a - b);
	const close = sorted.some((v) => Math.abs(v - answer) / answer < 0.3);
	return { values: sorted, close };
}

/** Keeps the quantity's qualifier and unit, swaps the number. */
export function withValue(q: Quantity, value: number): Quantity {
	return { value, qualifier: q.qualifier, unit: q.unit, text: String(value) };
}

function daysIn(month: number): number {
	return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/**
 * The corpus dates once each (by how they read), in a stable order. Worked out once per corpus array:
 * a bank of thousands of articles asks thousands of date questions over the same dates.
 */
const preparedCorpus = oncePer((corpus: readonly DateValue[]): DateValue[] => {
	const byText = new Map<string, DateValue>();
	for (const d of corpus) {
		const key = renderDate(d, 'en') ?? '';
		if (!byText.has(key)) byText.set(key, d);
	}
	return [...byText.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
});

/** Wrong dates showing the same fields as the answer: corpus dates first, then nearby ones. */
export function pickDateDistractors(
	answer: DateValue,
	corpus: readonly DateValue[],
	isTrue: (d: DateValue) => boolean,
	seed: string,
	count: number
): Picked<DateValue> | null {
	const g = dateGranularity(answer);
	if (!g) return null;
	const seen = new Set([renderDate(answer, 'ar')]);
	const out: DateValue[] = [];
	let close = false;
	const add = (d: DateValue, fromCorpus: boolean): void => {
		if (out.length >= count || dateGranularity(d) !== g || isTrue(d)) return;
		const key = renderDate(d, 'ar');
		if (key === null || seen.has(key)) return;
		seen.add(key);
		out.push(d);
		if (!fromCorpus && d.month === answer.month && d.month !== undefined) close = true;
	};
	const strip = (d: DateValue): DateValue => ({ ...d, text: '' });
	const fromCorpus = preparedCorpus(corpus);
	for (const d of seededShuffle(fromCorpus, `${seed}|dates`)) add(strip(d), true);
	const generated: DateValue[] = [];
	const base = strip(answer);
	const shiftMonth = (m: number, k: number): number => ((m - 1 + k + 12) % 12) + 1;
	switch (g) {
		case 'day-month':
		case 'day-month-year':
		case 'day-range':
			for (const k of [-9, 6, 13, -4, 17]) {
				const day = (answer.day ?? 1) + k;
				const month = answer.month ?? 1;
				if (day >= 1 && day <= daysIn(month)) {
					const d: DateValue = { ...base, day };
					if (answer.dayEnd !== undefined) d.dayEnd = day + (answer.dayEnd - (answer.day ?? 0));
					if (d.dayEnd === undefined || d.dayEnd <= daysIn(month)) generated.push(d);
				}
			}
			for (const k of [1, -1]) generated.push({ ...base, month: shiftMonth(answer.month ?? 1, k) });
			break;
		case 'part-month':
			for (const part of ['early', 'mid', 'late'] as const)
				if (part !== answer.part) generated.push({ ...base, part });
			for (const k of [1, -1]) generated.push({ ...base, month: shiftMonth(answer.month ?? 1, k) });
			// Across the month's edge: «أواخر فبراير» also against «مطلع مارس».
			if (answer.part === 'late') generated.push({ ...base, part: 'early', month: shiftMonth(answer.month ?? 1, 1) });
			if (answer.part === 'early') generated.push({ ...base, part: 'late', month: shiftMonth(answer.month ?? 1, -1) });
			break;
		case 'month':
		case 'month-year':
			for (const k of [-2, 1, 3, -1]) generated.push({ ...base, month: shiftMonth(answer.month ?? 1, k) });
			break;
		case 'year':
			for (const k of [-2, 1, -4, 3]) generated.push({ ...base, year: (answer.year ?? 2000) + k });
			break;
		case 'decade':
		case 'part-decade':
			for (const k of [-10, 10, -20, 20, -30]) generated.push({ ...base, decade: (answer.decade ?? 1990) + k });
			break;
		case 'weekday':
			for (const k of [2, -2, 3, 1]) generated.push({ ...base, weekday: ((answer.weekday ?? 0) + k + 7) % 7 });
			break;
	}
	const shuffled = seededShuffle(generated, `${seed}|gen`);
	for (const d of shuffled) add(d, false);
	if (out.length < count) return null;
	balanceSides(answer, out, shuffled, (d) => {
		const key = renderDate(d, 'ar');
		return key !== null && !seen.has(key) && dateGranularity(d) === g && !isTrue(d);
	});
	return { values: out, close };
}

/** Parts of a month in order (a year's halves never come with a month). */
const PART_ORDER: Readonly<Record<string, number>> = { early: 0, mid: 1, late: 2 };

/**
 * Where a date of a given granularity falls on the calendar, to compare it with others of the same
 * granularity; null when it has no order (a weekday). Months wrap, so within a year only.
 */
function calendarOrder(d: DateValue): number | null {
	const month = d.month ?? 0;
	switch (dateGranularity(d)) {
		case 'part-month':
			return month * 3 + (PART_ORDER[d.part ?? 'mid'] ?? 1);
		case 'day-month':
		case 'day-range':
			return month * 32 + (d.day ?? 0);
		case 'day-month-year':
			return (d.year ?? 0) * 400 + month * 32 + (d.day ?? 0);
		case 'month':
			return month;
		case 'month-year':
			return (d.year ?? 0) * 12 + month;
		case 'year':
			return d.year ?? null;
		case 'decade':
		case 'part-decade':
			return d.decade ?? null;
		default:
			return null;
	}
}

/**
 * Wrong dates all on one side of the answer («مطلع فبراير», «منتصف فبراير», «أواخر يناير» beside
 * «أواخر فبراير») point to it: the last one gives way to a date on the other side, when one is free.
 */
function balanceSides(
	answer: DateValue,
	out: DateValue[],
	candidates: readonly DateValue[],
	free: (d: DateValue) => boolean
): void {
	const at = calendarOrder(answer);
	if (at === null || out.length < 2) return;
	const sides = out.map((d) => Math.sign((calendarOrder(d) ?? at) - at));
	if (sides.some((s) => s === 0) || !sides.every((s) => s === sides[0])) return;
	const other = candidates.find((d) => {
		const order = calendarOrder(d);
		return order !== null && Math.sign(order - at) === -(sides[0] as number) && free(d);
	});
	if (other) out[out.length - 1] = other;
}
