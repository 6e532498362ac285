// The home page: what the game is, and the form that starts one.
import { fail, redirect } from '@sveltejs/kit';
import { defaultSetupValues, parseSetup, readSetupValues } from '$lib/game/setup';
import { questionBank } from '$lib/server/bank';
import { createGame } from '$lib/server/games';
import { readForm } from '$lib/server/form';
import { SaveError } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const bank = questionBank();
	// The article reader links here with ?article=<id> to start a game on that article.
	const article = url.searchParams.get('article');
	return {
		articles: bank.summaries(),
		kindCounts: bank.countsByKind(),
		totalQuestions: bank.questions.length,
		defaults: {
			...defaultSetupValues,
			article: article && bank.articleIds.has(article) ? article : 'all'
		}
	};
};

export const actions: Actions = {
	start: async ({ request, locals }) => {
		const form = await readForm(request, locals.lang);
		// An unreadable body: say so, and offer the form again with its usual choices.
		if (!form) return fail(400, { errors: { form: 'malformed' }, values: defaultSetupValues });
		const parsed = parseSetup(form, questionBank().articleIds);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const values = readSetupValues(form);
		let created;
		try {
			created = await createGame(parsed.setup);
		} catch (error) {
			if (error instanceof SaveError) return fail(503, { errors: { form: 'saveFailed' }, values });
			throw error;
		}
		if (!created.ok) return fail(422, { errors: { form: 'noneMatch' }, values });
		redirect(303, `/play/${created.game.id}`);
	}
};
