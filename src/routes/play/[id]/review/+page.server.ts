// The review of a finished game: every question, the player's answer, the right one, the sources.
// It reveals answers, so it exists only once the game is over.
import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { SoloGame } from '$lib/game/game';
import { QuestionGoneError, reviewItems } from '$lib/server/game-views';
import { findGame } from '$lib/server/games';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const game = await findGame(params.id);
	if (!game) error(404, translator(locals.lang)('errors.notFound'));
	if (game.finishedAt === null) redirect(303, `/play/${game.id}`);
	try {
		return { id: game.id, summary: new SoloGame(game).summary(), items: reviewItems(game) };
	} catch (caught) {
		if (caught instanceof QuestionGoneError) error(410, translator(locals.lang)('play:game.gone'));
		throw caught;
	}
};
