import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	oneOnEachSide,
	pickDateDistractors,
	pickEntityDistractors,
	pickNumberDistractors,
	roundingStep
} from '../../../src/lib/questions/distractors';
import type { EntityCandidate } from '../../../src/lib/questions/distractors';
import { ent } from './fixtures';

describe('pickNumberDistractors', () => {
	it('mixes numbers below and above the answer, of the same magnitude', () => {
		const picked = pickNumberDistractors(286, [], () => false, 'seed', 3);
		expect(picked).not.toBeNull();
		const values = picked?.values ?? [];
		expect(values).toHaveLength(3);
		expect(values.some((v) => v < 286)).toBe(true);
		expect(values.some((v) => v > 286)).toBe(true);
		for (const v of values) expect(v >= 286 / 3 && v <= 286 * 3).toBe(true);
	});

	it('rounds like the answer: 6500 gives hundreds, 2000 gives thousands', () => {
		for (const v of pickNumberDistractors(6500, [], () => false, 's', 3)?.values ?? []) expect(v % 100).toBe(0);
		for (const v of pickNumberDistractors(2000, [], () => false, 's', 3)?.values ?? []) expect(v % 1000).toBe(0);
		expect(roundingStep(286)).toBe(1);
		expect(roundingStep(30000)).toBe(10000);
	});

	it('never returns a value that is true, the answer, or a duplicate (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 100000 }), fc.string(), (n, seed) => {
				const forbidden = new Set([n + 1, n * 2, Math.round(n / 2)]);
				const picked = pickNumberDistractors(n, [], (x) => forbidden.has(x), seed, 3);
				if (!picked) return true;
				const v = picked.values;
				return (
					v.length === 3 &&
					new Set(v).size === 3 &&
					!v.includes(n) &&
					v.every((x) => !forbidden.has(x) && x > 0)
				);
			})
		);
	});

	it('spreads on both sides whenever the answer leaves room below (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 4, max: 1_000_000 }), fc.string(), (n, seed) => {
				const v = pickNumberDistractors(n, [], () => false, seed, 3)?.values ?? [];
				return v.some((x) => x < n) && v.some((x) => x > n);
			})
		);
	});

	it('uses corpus numbers of the same magnitude first', () => {
		const picked = pickNumberDistractors(286, [300, 6500], () => false, 'seed', 3);
		expect(picked?.values).toContain(300);
		expect(picked?.values).not.toContain(6500);
	});
});

describe('pickEntityDistractors', () => {
	const pool: EntityCandidate[] = ['lavrov', 'bayramov', 'mirzoyan', 'blinken', 'russia', 'sochi', 'moscow', 'prague', 'brussels'].map(
		(id, i) => ({ entity: ent(id), tier: i < 4 ? 0 : 1 })
	);

	it('keeps the answer type: a person for a person, a city for a city', () => {
		const people = pickEntityDistractors(ent('putin'), pool, () => false, 'q1', 3);
		expect(people?.values.every((e) => e.type === 'person')).toBe(true);
		const cities = pickEntityDistractors(ent('sochi'), pool, () => false, 'q2', 3);
		expect(cities?.values.every((e) => e.type === 'city')).toBe(true);
		expect(cities?.values.map((e) => e.id)).not.toContain('sochi');
	});

	it('never returns an excluded (true) value and gives up rather than padding', () => {
		const picked = pickEntityDistractors(ent('putin'), pool, (e) => e.id === 'lavrov', 'q3', 3);
		expect(picked?.values.map((e) => e.id)).not.toContain('lavrov');
		expect(pickEntityDistractors(ent('putin'), pool, (e) => e.id !== 'blinken', 'q4', 3)).toBeNull();
	});

	it('is deterministic for a seed', () => {
		const a = pickEntityDistractors(ent('sochi'), pool, () => false, 'same', 3)?.values.map((e) => e.id);
		const b = pickEntityDistractors(ent('sochi'), pool, () => false, 'same', 3)?.values.map((e) => e.id);
		expect(a).toEqual(b);
	});
});

describe('pickDateDistractors', () => {
	it('keeps the granularity: day-and-month for day-and-month, weekday for weekday', () => {
		const dm = pickDateDistractors({ day: 7, month: 12, text: '' }, [], () => false, 's', 3);
		expect(dm?.values.every((d) => d.day !== undefined && d.month !== undefined)).toBe(true);
		const wd = pickDateDistractors({ weekday: 1, text: '' }, [], () => false, 's', 3);
		expect(wd?.values.every((d) => d.weekday !== undefined && d.weekday !== 1 && d.month === undefined)).toBe(true);
	});

	it('skips dates that are true', () => {
		const picked = pickDateDistractors({ month: 9, text: '' }, [{ month: 10, text: '' }], (d) => d.month === 10, 's', 3);
		expect(picked?.values.some((d) => d.month === 10)).toBe(false);
	});

	it('never leaves every wrong date on one side of the answer', () => {
		const order = (d: { month?: number; part?: string; day?: number; year?: number }) =>
			(d.year ?? 0) * 1000 + (d.month ?? 0) * 40 + ({ early: 0, mid: 10, late: 20 }[d.part ?? ''] ?? d.day ?? 0);
		const answers = [
			{ month: 2, part: 'late' as const, text: '' },
			{ month: 2, part: 'early' as const, text: '' },
			{ month: 8, text: '' },
			{ day: 3, month: 5, text: '' },
			{ year: 2020, text: '' }
		];
		for (const answer of answers)
			for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
				const picked = pickDateDistractors(answer, [], () => false, seed, 3);
				const sides = new Set(picked?.values.map((d) => Math.sign(order(d) - order(answer))));
				expect(sides.size, `${JSON.stringify(answer)} / ${seed}`).toBe(2);
			}
	});

	it('offers the next month\'s start against the end of a month', () => {
		const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
		const offered = seeds.flatMap(
			(seed) => pickDateDistractors({ month: 2, part: 'late', text: '' }, [], () => false, seed, 3)?.values ?? []
		);
		expect(offered.some((d) => d.month === 3 && d.part === 'early')).toBe(true);
	});
});

describe('oneOnEachSide', () => {
	it('always takes one option from each side, the third from either, none twice', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 5 }),
				fc.uniqueArray(fc.integer({ min: 101, max: 199 }), { minLength: 1, maxLength: 5 }),
				fc.string(),
				(below, above, seed) => {
					const picked = oneOnEachSide(below, above, seed, ['below', 'above']);
					if (below.length + above.length < 3) {
						expect(picked).toBeNull();
						return;
					}
					expect(picked).toHaveLength(3);
					const [b, a, third] = picked as [number, number, number];
					expect(below).toContain(b);
					expect(above).toContain(a);
					expect([...below, ...above]).toContain(third);
					expect(new Set(picked).size).toBe(3);
				}
			)
		);
	});

	it('gives null when a side is empty, and the same picks for the same seed', () => {
		expect(oneOnEachSide([], [4, 5, 6], 's', ['below', 'above'])).toBeNull();
		expect(oneOnEachSide([1, 2, 3], [], 's', ['below', 'above'])).toBeNull();
		const once = oneOnEachSide([1, 2, 3], [7, 8, 9], 's', ['lower', 'higher']);
		expect(oneOnEachSide([1, 2, 3], [7, 8, 9], 's', ['lower', 'higher'])).toEqual(once);
	});
});
