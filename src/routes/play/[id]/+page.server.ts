// The game page: one question at a time, then the verdict with its source. Actions are thin:
// read the form, let the game module apply the rules, redirect back (so a reload never re-posts).
import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { GameRuleError } from '$lib/game/game';
import { QuestionGoneError, playView } from '$lib/server/game-views';
import { answerQuestion, findGame, nextQuestion } from '$lib/server/games';
import { readForm } from '$lib/server/form';
import { SaveError } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const game = await findGame(params.id);
	if (!game) error(404, translator(locals.lang)('errors.notFound'));
	try {
		return { game: playView(game, Date.now()) };
	} catch (caught) {
		if (caught instanceof QuestionGoneError) error(410, translator(locals.lang)('play:game.gone'));
		throw caught;
	}
};

/** A refused move: the status and the key of the message, shown in the player's language. */
function refused(caught: unknown) {
	if (caught instanceof GameRuleError) {
		const status = caught.rule === 'badChoice' || caught.rule === 'notInGame' ? 400 : 409;
		return fail(status, { error: caught.rule });
	}
	if (caught instanceof SaveError) return fail(503, { error: 'saveFailed' });
	throw caught;
}

export const actions: Actions = {
	answer: async ({ params, request, locals }) => {
		const now = Date.now();
		if (!(await findGame(params.id))) return fail(404, { error: 'notInGame' });
		const form = await readForm(request, locals.lang);
		const question = form?.get('question');
		const choice = form?.get('choice');
		if (typeof question !== 'string' || typeof choice !== 'string' || !/^\d{1,2}$/.test(choice)) {
			return fail(400, { error: 'malformed' });
		}
		try {
			await answerQuestion(params.id, question, Number(choice), now);
		} catch (caught) {
			return refused(caught);
		}
		redirect(303, `/play/${params.id}`);
	},

	next: async ({ params }) => {
		if (!(await findGame(params.id))) return fail(404, { error: 'notInGame' });
		let finished: boolean;
		try {
			finished = (await nextQuestion(params.id)).finishedAt !== null;
		} catch (caught) {
			return refused(caught);
		}
		redirect(303, finished ? `/play/${params.id}/result` : `/play/${params.id}`);
	}
};
