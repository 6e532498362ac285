// Creating a class game: the same choices as solo play (or hand-picked questions), plus the mode.
import { randomBytes } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import {
	deadlineAfterMs,
	isDeadlineChoice,
	maxPicked,
	type CreateErrors,
	type CreateValues
} from '$lib/classroom/create-form';
import { defaultSetupValues, parseSetup, pickQuestions } from '$lib/game/setup';
import { questionBank, type BankQuestion } from '$lib/server/bank';
import { createClass } from '$lib/server/classroom';
import { readForm } from '$lib/server/form';
import { SaveError } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

function randomUnit(): number {
	return randomBytes(4).readUInt32BE() / 2 ** 32;
}

function sourceText(question: BankQuestion): { ar: string; en: string | null } {
	const source = question.sources[0];
	const sentence = source
		? questionBank().article(source.article)?.sentences[source.sentence]
		: undefined;
	return sentence ? { ar: sentence.ar, en: sentence.en } : { ar: '', en: null };
}

export const load: PageServerLoad = () => {
	const bank = questionBank();
	return {
		articles: bank.summaries(),
		kindCounts: bank.countsByKind(),
		bankQuestions: bank.questions.map((question) => ({
			...bank.publicQuestion(question),
			source: sourceText(question)
		})),
		defaults: {
			mode: 'live',
			deadline: 'none',
			selection: 'random',
			count: defaultSetupValues.count,
			kinds: defaultSetupValues.kinds,
			article: defaultSetupValues.article,
			timing: 'untimed',
			picked: []
		} satisfies CreateValues,
		maxPicked
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const read = await readForm(request, locals.lang);
		const form = read ?? new FormData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const setup = parseSetup(form, questionBank().articleIds);
		const values: CreateValues = {
			mode: text('mode'),
			deadline: text('deadline'),
			selection: text('selection'),
			count: text('count'),
			kinds: form.getAll('kind').filter((k): k is string => typeof k === 'string'),
			article: text('article'),
			timing: text('timing'),
			picked: form.getAll('question').filter((q): q is string => typeof q === 'string')
		};
		const errors: CreateErrors = {};
		if (!read) return fail(400, { errors: { form: 'malformed' }, values });
		if (values.mode !== 'live' && values.mode !== 'assignment') errors.mode = 'mode';
		if (!isDeadlineChoice(values.deadline)) errors.deadline = 'deadline';
		if (values.selection !== 'random' && values.selection !== 'pick')
			errors.selection = 'selection';
		if (!setup.ok && setup.errors.timing) errors.timing = setup.errors.timing;
		if (values.selection === 'random' && !setup.ok) {
			const { count, kinds, article } = setup.errors;
			if (count) errors.count = count;
			if (kinds) errors.kinds = kinds;
			if (article) errors.article = article;
		}
		let questions: BankQuestion[] = [];
		if (values.selection === 'pick') {
			const ids = [...new Set(values.picked)];
			const found = ids.map((id) => questionBank().question(id));
			if (ids.length === 0) errors.pick = 'noPick';
			else if (ids.length > maxPicked) errors.pick = 'tooMany';
			else if (found.some((q) => q === undefined)) errors.pick = 'badPick';
			else questions = found as BankQuestion[];
		} else if (setup.ok) {
			const { kinds, article, count } = setup.setup;
			questions = pickQuestions(questionBank().matching(kinds, article), count, randomUnit);
			if (questions.length === 0) errors.form = 'noneMatch';
		}
		if (Object.keys(errors).length > 0) return fail(400, { errors, values });

		const after = isDeadlineChoice(values.deadline) ? deadlineAfterMs[values.deadline] : null;
		let created;
		try {
			created = await createClass({
				mode: values.mode as 'live' | 'assignment',
				timed: values.timing === 'timed',
				questions,
				deadline: values.mode === 'assignment' && after !== null ? Date.now() + after : null
			});
		} catch (cause) {
			if (cause instanceof SaveError) return fail(503, { errors: { form: 'saveFailed' }, values });
			throw cause;
		}
		redirect(303, `/teach/key/${created.teacherToken}`);
	}
};
