// Small checks for validating saved records field by field, shared by every collection's schema,
// so a hand-edited data file is refused with the exact place that is wrong.
import type { AnswerRecord } from '$lib/game/game';

export type Check = (value: unknown) => boolean;

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isString: Check = (value) => typeof value === 'string';
export const isBoolean: Check = (value) => typeof value === 'boolean';
export const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
export const isTime: Check = isCount;
export const isInteger: Check = (value) => Number.isSafeInteger(value);
export const orNull =
	(check: Check): Check =>
	(value) =>
		value === null || check(value);
export const arrayOf =
	(check: Check): Check =>
	(value) =>
		Array.isArray(value) && value.every(check);
export const oneOf =
	(...options: string[]): Check =>
	(value) =>
		typeof value === 'string' && options.includes(value);

/** The first field of `record` that fails its check, as a message naming `where` and the field. */
export function fieldProblem(
	where: string,
	record: unknown,
	fields: Record<string, [Check, string]>
): string | null {
	if (!isRecord(record)) return `${where} is not an object`;
	// A plain loop over the names: this runs for every journaled answer, and Object.entries would
	// build an array of pairs each time.
	for (const name in fields) {
		if (!(name in record)) return `${where}.${name} is missing`;
		const [check, expected] = fields[name]!;
		if (!check(record[name])) return `${where}.${name} is not ${expected}`;
	}
	return null;
}

/** One answer, as solo games and class students both save it. */
export const answerFields: Record<keyof AnswerRecord, [Check, string]> = {
	question: [isString, 'a string'],
	choice: [orNull(isCount), 'an option index or null'],
	correct: [isBoolean, 'true or false'],
	points: [isCount, 'a whole number ≥ 0'],
	speedBonus: [isCount, 'a whole number ≥ 0'],
	streakBonus: [isCount, 'a whole number ≥ 0'],
	elapsedMs: [isCount, 'a whole number ≥ 0'],
	answeredAt: [isTime, 'a time in milliseconds']
};
