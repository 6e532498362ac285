// A small store schema with a journal, for testing the journal's mechanics apart from the app's data.
// `add` is not idempotent on purpose: a line applied twice shows as a wrong count.
import type { Schema } from '../../../src/lib/server/store';
import type { TestData } from './test-schema';

export type Counted = { n: number };

export type TestChange =
	| { op: 'add'; key: string; by: number }
	/** Refused (by `apply`) when the key is taken, as a second answer to one question would be. */
	| { op: 'put'; key: string; value: number };

function isChange(value: unknown): value is TestChange {
	if (typeof value !== 'object' || value === null) return false;
	const change = value as Record<string, unknown>;
	if (typeof change.key !== 'string') return false;
	if (change.op === 'add') return Number.isSafeInteger(change.by);
	if (change.op === 'put') return Number.isSafeInteger(change.value);
	return false;
}

export function applyTestChange(data: TestData, change: TestChange): void {
	if (change.op === 'add') {
		const before = data.games[change.key] as Counted | undefined;
		data.games[change.key] = { n: (before?.n ?? 0) + change.by };
		return;
	}
	if (change.key in data.games) throw new Error(`${change.key} is taken`);
	data.games[change.key] = { n: change.value };
}

export const journalSchema: Schema<TestData, TestChange> = {
	empty: () => ({ version: 1, games: {} }),
	problem: (data) =>
		typeof data === 'object' && data !== null && 'games' in data ? null : 'no "games"',
	journal: {
		problem: (change) => (isChange(change) ? null : 'not a test change'),
		apply: applyTestChange
	}
};

/** `record` arguments for a change with no result. */
export const as = (change: TestChange) => () => ({ change, result: () => undefined });
