// Whether two written dates can be one time: what the merge of facts, the accounts of an event and the
// question side all ask of two dates, so that a date that splits two facts never joins two questions.
import type { DateValue } from './types';

const FIELDS = ['year', 'month', 'day', 'weekday', 'decade', 'part'] as const;

/** Two dates can describe the same day: no field both give differs («اليوم» and «اليوم الجمعة»
 * agree; «الجمعة» and «السبت», «مطلع مايو» and «أواخر مايو», 2021 and the nineties do not). */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
	for (const f of FIELDS) {
		if (a[f] !== undefined && b[f] !== undefined && a[f] !== b[f]) return false;
	}
	if (a.year !== undefined && b.decade !== undefined && Math.floor(a.year / 10) * 10 !== b.decade)
		return false;
	if (b.year !== undefined && a.decade !== undefined && Math.floor(b.year / 10) * 10 !== a.decade)
		return false;
	return true;
}

/** The fields datesCompatible compares, as a key: dates with equal keys are compatible. */
export function comparedFieldsKey(d: DateValue): string {
	return FIELDS.map((f) => d[f] ?? '').join('/');
}
