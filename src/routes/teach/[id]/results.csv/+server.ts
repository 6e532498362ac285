// The results as CSV, in the teacher's language: one row per student, then one per answer.
import { classCsv, type CsvLabels } from '$lib/classroom/csv';
import { pick } from '$lib/game/format';
import { translator } from '$lib/i18n';
import { teacherClass } from '$lib/server/classroom-access';
import { classQuestion } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const cls = await teacherClass(params.id, cookies, locals.lang);
	const t = translator(locals.lang);
	const header = (key: string) => t(`classroom:csv.headers.${key}`);
	const labels: CsvLabels = {
		headers: [
			header('row'),
			header('nickname'),
			header('rank'),
			header('points'),
			header('correct'),
			header('question'),
			header('prompt'),
			header('chosen'),
			header('right'),
			header('seconds')
		],
		student: t('classroom:csv.student'),
		answer: t('classroom:csv.answer'),
		yes: t('classroom:csv.yes'),
		no: t('classroom:csv.no'),
		noAnswer: t('classroom:csv.noAnswer')
	};
	const questions = cls.questions.map((id) => {
		const question = classQuestion(id);
		return {
			prompt: pick(question.prompt, locals.lang).text,
			options: question.options.map((option) => pick(option, locals.lang).text),
			answer: question.answer
		};
	});
	return new Response(classCsv(cls, questions, labels), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="tahaqqaq-class-${cls.code}.csv"`,
			'Cache-Control': 'no-store'
		}
	});
};
