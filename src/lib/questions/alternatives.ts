// A figure written as a list of alternatives («لمدة 10 أو 15 أو 20 عامًا»): asked as the list itself,
// against other lists of the same length and unit that share no value with it, one lower throughout,
// one higher throughout.
import type { Quantity } from '../pipeline/types';
import { tq, type Lang } from './i18n';
import { renderQuantity } from './render';
import { oneOnEachSide } from './distractors';

/** The list's values when the quantity is an exact list of distinct alternatives; null otherwise. */
export function alternativesOf(q: Quantity): number[] | null {
	const values = q.alternatives;
	if (!values || values.length < 2 || q.max !== undefined || q.qualifier !== 'exact') return null;
	return new Set(values).size === values.length && values.every((v) => v > 0) ? values : null;
}

/**
 * «10 أو 15 أو 20 عامًا» / «10, 15 or 20 years»: the counted noun agrees with the last number, as in
 * the source. Null when the last number is one or two (the Arabic noun would stand alone: «عامان»).
 */
export function renderAlternatives(
	values: readonly number[],
	q: Pick<Quantity, 'unit'>,
	measure: string | undefined,
	lang: Lang
): string | null {
	const last = values.at(-1);
	if (last === undefined || last < 3) return null;
	const counted = renderQuantity({ value: last, qualifier: 'exact', unit: q.unit }, measure, lang);
	const others = values
		.slice(0, -1)
		.map((v) => renderQuantity({ value: v, qualifier: 'exact', unit: null }, undefined, lang));
	if (counted === null || others.some((o) => o === null)) return null;
	return tq(lang, 'alternatives.list', { items: others.join(tq(lang, 'alternatives.separator')), last: counted });
}

const LOWER = [0.2, 0.4, 0.5, 0.6, 0.8];
const HIGHER = [1.5, 2, 2.5, 3, 4];

/** The list scaled by `ratio`, whole numbers (small ones rounded), or null when it is no fit option. */
function scaled(values: readonly number[], ratio: number, answer: ReadonlySet<number>): number[] | null {
	const out: number[] = [];
	for (const v of values) {
		const x = v * ratio;
		const n = Math.round(x);
		// Large values stay as round as the answer's («37.5» is not a plausible mandate).
		if (x >= 10 && Math.abs(x - n) > 1e-9) return null;
		if (n < 1 || answer.has(n) || (out.length && n <= (out.at(-1) as number))) return null;
		out.push(n);
	}
	return (out.at(-1) as number) >= 3 ? out : null;
}

/**
 * Three wrong lists: one lower and one higher than the answer throughout, the third either; none shares a
 * value with the answer or equals a list `stated` names. Null when either side has none.
 */
export function alternativeDistractors(
	values: readonly number[],
	seed: string,
	stated: (list: readonly number[]) => boolean = () => false
): number[][] | null {
	const answer = new Set(values);
	const fit = (ratios: number[]): number[][] =>
		ratios.map((r) => scaled(values, r, answer)).filter((l): l is number[] => l !== null && !stated(l));
	return oneOnEachSide(fit(LOWER), fit(HIGHER), seed, ['lower', 'higher']);
}
