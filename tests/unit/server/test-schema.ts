// A minimal schema for testing the Store's mechanics; the app's own schema is tested in schema.test.ts.
import type { Schema } from '../../../src/lib/server/store';

export interface TestData {
	version: 1;
	games: Record<string, unknown>;
}

export const testSchema: Schema<TestData> = {
	empty: () => ({ version: 1, games: {} }),
	problem: (data) =>
		typeof data === 'object' && data !== null && 'games' in data ? null : 'no "games"'
};
