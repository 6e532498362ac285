// Leaderboard order. Timed and untimed games are ranked apart: only timed games can earn speed bonuses.

export interface LeaderboardEntry {
	game: string;
	nickname: string | null;
	score: number;
	correct: number;
	total: number;
	timed: boolean;
	timeMs: number;
	finishedAt: number;
}

/** Higher score first; on a tie, the faster game, then the earlier one. */
export function compareEntries(a: LeaderboardEntry, b: LeaderboardEntry): number {
	return b.score - a.score || a.timeMs - b.timeMs || a.finishedAt - b.finishedAt;
}

export function ranked(entries: readonly LeaderboardEntry[], timed: boolean): LeaderboardEntry[] {
	return entries.filter((entry) => entry.timed === timed).sort(compareEntries);
}

/** The 1-based place of a game among the games of its mode, and how many there are. */
export function placeOf(
	entries: readonly LeaderboardEntry[],
	game: string
): { place: number; of: number } | null {
	const entry = entries.find((candidate) => candidate.game === game);
	if (!entry) return null;
	const board = ranked(entries, entry.timed);
	return { place: board.indexOf(entry) + 1, of: board.length };
}
