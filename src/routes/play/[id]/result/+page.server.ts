// The end of a game: the totals and the place on the leaderboard.
import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { SoloGame } from '$lib/game/game';
import { findGame, leaderboardPlace } from '$lib/server/games';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const game = await findGame(params.id);
	if (!game) error(404, translator(locals.lang)('errors.notFound'));
	if (game.finishedAt === null) redirect(303, `/play/${game.id}`);
	return {
		id: game.id,
		timed: game.timed,
		nickname: game.nickname,
		summary: new SoloGame(game).summary(),
		place: await leaderboardPlace(game.id)
	};
};
