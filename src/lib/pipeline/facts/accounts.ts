// What a report says of its event besides the fact drawn from it: where, between whom, when, and the
// toll it left. Two sentences that state the same fact («اشتباكات في مايو 2021») are one event told
// twice only when these agree: «قُتل 12 شخصاً» beside «قُتل 40 شخصاً», or clashes on the border between
// two other countries, are two events (or two accounts of one that disagree), never one confirmed by
// both. A floor agrees with any count it does not exclude («286» and «286 على الأقل»).
import { comparedFieldsKey, datesCompatible } from '../date-values';
import { entityKey } from '../lexicon';
import type { DateValue, EntityRef, Quantity } from '../types';
import type { Draft } from './draft';

export interface Toll {
	/** 'killed' or 'wounded'. */
	measure: string;
	quantity: Quantity;
}

export interface Account {
	place?: EntityRef;
	/** The parties named with the event word («بين الهند وباكستان»): two or more. */
	sides?: EntityRef[];
	date?: DateValue;
	tolls?: Toll[];
}

/** The same place, or one lies in the other (a city and its country). */
function placesAgree(a: EntityRef, b: EntityRef): boolean {
	return entityKey(a) === entityKey(b) || a.country === entityKey(b) || b.country === entityKey(a);
}

/** The same parties, or one list names some of the other's. */
function sidesAgree(a: readonly EntityRef[], b: readonly EntityRef[]): boolean {
	const ka = new Set(a.map(entityKey));
	const kb = new Set(b.map(entityKey));
	return [...ka].every((k) => kb.has(k)) || [...kb].every((k) => ka.has(k));
}

/**
 * The counts a quantity allows, as an interval: an exact count (or range, or list) itself, a floor
 * upwards, a ceiling downwards, «نحو» a little either side, «عشرات» from its first multiple up.
 */
function countRange(q: Quantity): [number, number] {
	const values = [q.value, ...(q.max !== undefined ? [q.max] : []), ...(q.alternatives ?? [])];
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	switch (q.qualifier) {
		case 'exact':
			return [lo, hi];
		case 'approximately':
			return [lo * 0.85, hi * 1.15];
		case 'less-than':
		case 'up-to':
			return [0, hi];
		default:
			// 'at-least', 'more-than' and the vague «عشرات», «مئات», «آلاف».
			return [lo, Infinity];
	}
}

/** Who a toll counts: soldiers and civilians are counted apart from «people» in general. */
function population(q: Quantity): string {
	return q.unit === null || q.unit === 'person' ? 'person' : q.unit;
}

function tollsOverlap(a: Toll, b: Toll): boolean {
	const [alo, ahi] = countRange(a.quantity);
	const [blo, bhi] = countRange(b.quantity);
	return alo <= bhi && blo <= ahi;
}

/** For every count both give of the same casualties, some pair of them can be true together. */
function tollsAgree(a: readonly Toll[], b: readonly Toll[]): boolean {
	const kind = (t: Toll): string => `${t.measure}|${population(t.quantity)}`;
	for (const k of new Set(a.map(kind))) {
		const mine = a.filter((t) => kind(t) === k);
		const theirs = b.filter((t) => kind(t) === k);
		if (theirs.length && !mine.some((x) => theirs.some((y) => tollsOverlap(x, y)))) return false;
	}
	return true;
}

/** Whether two reports can be of one event: nothing both say differs. */
export function accountsAgree(a: Account, b: Account): boolean {
	if (a.place && b.place && !placesAgree(a.place, b.place)) return false;
	if (a.sides && b.sides && !sidesAgree(a.sides, b.sides)) return false;
	if (a.date && b.date && !datesCompatible(a.date, b.date)) return false;
	return !a.tolls || !b.tolls || tollsAgree(a.tolls, b.tolls);
}

/** How much a report says of its event: the richer ones decide first which reports belong together. */
export function accountDetail(a: Account | undefined): number {
	if (!a) return 0;
	return (a.place ? 1 : 0) + (a.sides ? 1 : 0) + (a.date ? 1 : 0) + (a.tolls?.length ? 1 : 0);
}

/** Equal keys, equal accounts (the words they were written in aside). */
export function accountKey(a: Account | undefined): string {
	if (!a) return '';
	const date = a.date ? comparedFieldsKey(a.date) : '';
	const tolls = (a.tolls ?? [])
		.map((t) => `${t.measure}:${population(t.quantity)}:${countRange(t.quantity).join('-')}`)
		.sort()
		.join(',');
	const sides = (a.sides ?? []).map(entityKey).sort().join('+');
	return [a.place ? entityKey(a.place) : '', sides, date, tolls].join('|');
}

/**
 * A conflict date's sentence also tells the toll of its event: each casualty count of the sentence
 * for an event of the same type whose own date (if any) agrees with this one.
 */
export function withTolls(dates: readonly Draft[], casualties: readonly Draft[]): Draft[] {
	return dates.map((d) => {
		if (d.value.type !== 'date') return d;
		const date = d.value.date;
		const tolls: Toll[] = [];
		for (const c of casualties) {
			if (c.subject.eventType !== d.subject.eventType || c.value.type !== 'quantity') continue;
			if (c.subject.date && !datesCompatible(c.subject.date, date)) continue;
			tolls.push({ measure: c.subject.measure ?? 'killed', quantity: c.value.quantity });
		}
		return tolls.length ? { ...d, account: { ...d.account, tolls } } : d;
	});
}
