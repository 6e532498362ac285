import { leaderboard } from '$lib/server/games';
import type { PageServerLoad } from './$types';

const shown = 20;

export const load: PageServerLoad = async () => {
	const board = await leaderboard();
	return { timed: board.timed.slice(0, shown), untimed: board.untimed.slice(0, shown) };
};
