// The shape of the app's data file, and the check run on it at every start.
// Each collection is validated record by record so a hand-edited file is refused with the exact place
// that is wrong, instead of crashing later on a missing field.

export const DATA_VERSION = 1;

/** Everything the app saves; grows as the game does (games, classes, leaderboard). */
export interface AppData {
	version: typeof DATA_VERSION;
	/** Solo games by their unguessable id. */
	games: Record<string, unknown>;
}

export function emptyData(): AppData {
	return { version: DATA_VERSION, games: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function dataProblem(data: unknown): string | null {
	if (!isRecord(data)) return 'it does not hold a JSON object';
	if (data.version !== DATA_VERSION) {
		return `its version is ${JSON.stringify(data.version)}, expected ${DATA_VERSION}`;
	}
	if (!isRecord(data.games)) return '"games" is missing or is not an object';
	for (const [id, game] of Object.entries(data.games)) {
		if (!isRecord(game)) return `games["${id}"] is not an object`;
	}
	return null;
}

export const appSchema = { empty: emptyData, problem: dataProblem };
