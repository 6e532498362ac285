import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/lib/pipeline/types';
import {
	pickRelativeDistractors,
	relativeKind,
	renderRelativeDate,
	sameRelativeDate
} from '../../../src/lib/questions/relative-dates';

const d = (fields: Omit<DateValue, 'text'>): DateValue => ({ ...fields, text: '' });

describe('relative dates', () => {
	it('tells the kinds apart and leaves calendar dates alone', () => {
		expect(relativeKind(d({ weekday: 5 }))).toBe('weekday');
		expect(relativeKind(d({ relative: 'today' }))).toBe('day');
		expect(relativeKind(d({ relative: 'today', weekday: 5 }))).toBe('day');
		expect(relativeKind(d({ relative: 'this-month', day: 10 }))).toBe('month-day');
		expect(relativeKind(d({ relative: 'this-month', part: 'early' }))).toBe('month-part');
		expect(relativeKind(d({ relative: 'last-year' }))).toBe('year');
		expect(relativeKind(d({ day: 14, month: 5, relative: 'this-month' }))).toBeNull();
		expect(relativeKind(d({ year: 2020 }))).toBeNull();
		expect(relativeKind(d({ relative: 'this-month' }))).toBeNull();
	});

	it('renders each kind in both languages', () => {
		expect(renderRelativeDate(d({ relative: 'this-month', part: 'early' }), 'ar')).toBe('مطلع الشهر الجاري');
		expect(renderRelativeDate(d({ relative: 'this-month', part: 'early' }), 'en')).toBe('early this month');
		expect(renderRelativeDate(d({ relative: 'today', weekday: 5 }), 'ar')).toBe('اليوم الجمعة');
		expect(renderRelativeDate(d({ relative: 'last-year' }), 'en')).toBe('last year');
		expect(renderRelativeDate(d({ relative: 'this-month', day: 10 }), 'en')).toBe('the 10th of this month');
		expect(renderRelativeDate(d({ relative: 'last-month', day: 21 }), 'en')).toBe('the 21st of last month');
		expect(renderRelativeDate(d({ relative: 'this-month', day: 12 }), 'en')).toBe('the 12th of this month');
		expect(renderRelativeDate(d({ relative: 'this-month', day: 3 }), 'en')).toBe('the 3rd of this month');
		expect(renderRelativeDate(d({ relative: 'this-month', day: 17 }), 'ar')).toBe('يوم 17 من الشهر الجاري');
		expect(renderRelativeDate(d({ year: 2020 }), 'ar')).toBeNull();
	});

	it('offers three other dates of the same kind, never the answer or a true one', () => {
		const answer = d({ relative: 'this-month', part: 'early' });
		const picked = pickRelativeDistractors(answer, () => false, 'seed', 3) ?? [];
		expect(picked).toHaveLength(3);
		for (const p of picked) {
			expect(relativeKind(p)).toBe('month-part');
			expect(sameRelativeDate(p, answer)).toBe(false);
		}
		const lateThisMonth = d({ relative: 'this-month', part: 'late' });
		for (let i = 0; i < 20; i++) {
			const again = pickRelativeDistractors(answer, (x) => sameRelativeDate(x, lateThisMonth), `s${i}`, 3) ?? [];
			expect(again.some((x) => sameRelativeDate(x, lateThisMonth))).toBe(false);
		}
	});

	it('moves a weekday with its day («اليوم الجمعة» → «أمس الخميس»)', () => {
		const picked = pickRelativeDistractors(d({ relative: 'today', weekday: 5 }), () => false, 'x', 3) ?? [];
		const yesterday = picked.find((p) => p.relative === 'yesterday');
		const tomorrow = picked.find((p) => p.relative === 'tomorrow');
		if (yesterday) expect(yesterday.weekday).toBe(4);
		if (tomorrow) expect(tomorrow.weekday).toBe(6);
		expect(picked.every((p) => p.weekday !== undefined)).toBe(true);
	});

	it('finds three other days of the month for a day near its end («يوم 27 من الشهر الماضي»)', () => {
		const picked = pickRelativeDistractors(d({ relative: 'last-month', day: 27 }), () => false, 'e', 3) ?? [];
		expect(picked.map((p) => p.day).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([6, 13, 20]);
		expect(picked.every((p) => p.relative === 'last-month')).toBe(true);
	});

	it('gives up rather than pad with another kind', () => {
		expect(pickRelativeDistractors(d({ relative: 'last-year' }), (x) => x.relative !== 'next-year', 's', 3)).toBeNull();
	});
});
