// The article reader: the whole article, sentence by sentence, with the sentences that back questions.
import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { questionBank } from '$lib/server/bank';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const bank = questionBank();
	const article = bank.article(params.id);
	if (!article) error(404, translator(locals.lang)('errors.notFound'));
	return { article, title: bank.displayTitle(article), backed: bank.backedSentences(article.id) };
};
