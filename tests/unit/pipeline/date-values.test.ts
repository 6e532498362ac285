// Whether two dates can be one time: the one rule the merge of facts, the accounts of an event and the
// question side share. The merge and the accounts each had a shorter copy (no part, no decade against
// a year; the accounts no weekday either): these cases are the ones where they differed.
import { describe, expect, it } from 'vitest';
import { accountKey, accountsAgree } from '../../../src/lib/pipeline/facts/accounts';
import { comparedFieldsKey, datesCompatible } from '../../../src/lib/pipeline/date-values';
import type { DateValue } from '../../../src/lib/pipeline/types';
import { extractText, of } from './helpers';

const d = (fields: Omit<DateValue, 'text'>): DateValue => ({ text: '', ...fields });

describe('datesCompatible', () => {
	it('agrees when no field both give differs', () => {
		expect(datesCompatible(d({ year: 2021, month: 5 }), d({ month: 5, day: 3 }))).toBe(true);
		expect(datesCompatible(d({ relative: 'today' }), d({ relative: 'today', weekday: 5 }))).toBe(
			true
		);
		expect(datesCompatible(d({ year: 1994 }), d({ decade: 1990 }))).toBe(true);
		expect(datesCompatible(d({}), d({ year: 2020 }))).toBe(true);
	});

	it('disagrees on another year, month, day, weekday, part or decade', () => {
		expect(datesCompatible(d({ year: 2021 }), d({ year: 2020 }))).toBe(false);
		expect(datesCompatible(d({ month: 5, day: 3 }), d({ month: 5, day: 4 }))).toBe(false);
		expect(datesCompatible(d({ weekday: 5 }), d({ weekday: 6 }))).toBe(false);
		expect(datesCompatible(d({ month: 5, part: 'early' }), d({ month: 5, part: 'late' }))).toBe(
			false
		);
		expect(datesCompatible(d({ decade: 1990 }), d({ decade: 2000 }))).toBe(false);
	});

	it('sets a year against a decade either way round', () => {
		expect(datesCompatible(d({ year: 2021 }), d({ decade: 1990 }))).toBe(false);
		expect(datesCompatible(d({ decade: 1990 }), d({ year: 2021 }))).toBe(false);
	});

	it('gives compatible dates with equal keys, and tells apart what it compares', () => {
		const a = d({ year: 2021, month: 5, part: 'early', season: 'spring' });
		const b = d({ year: 2021, month: 5, part: 'early' });
		expect(comparedFieldsKey(a)).toBe(comparedFieldsKey(b));
		expect(datesCompatible(a, b)).toBe(true);
		expect(comparedFieldsKey(d({ weekday: 5 }))).not.toBe(comparedFieldsKey(d({ weekday: 6 })));
	});
});

describe('its callers', () => {
	it('keeps two reports dated early and late in a month apart as accounts of an event', () => {
		const early = { date: d({ year: 2021, month: 5, part: 'early' }) };
		const late = { date: d({ year: 2021, month: 5, part: 'late' }) };
		expect(accountsAgree(early, late)).toBe(false);
		expect(accountsAgree({ date: d({ weekday: 5 }) }, { date: d({ weekday: 6 }) })).toBe(false);
		expect(accountKey(early)).not.toBe(accountKey(late));
	});

	it('links a meeting dated early and late in one month as conflicting dates', () => {
		const r = extractText(
			'عقد الرئيسان بوتين وعلييف قمة في سوتشي مطلع مايو 2021.\nوجرت القمة في سوتشي أواخر مايو 2021.'
		);
		const [x, y] = of(r.facts, 'date');
		expect(x && y).toBeTruthy();
		expect(x?.conflicts).toEqual([y?.id]);
		expect(y?.conflicts).toEqual([x?.id]);
	});
});
