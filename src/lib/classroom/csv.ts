// CSV export of a class's results: UTF-8 with a byte-order mark so spreadsheet programs read Arabic,
// CRLF line ends, and cells that a spreadsheet would run as a formula turned into plain text.
import type { ClassRecord, ClassStudent } from './types';
import { standings } from './results';

/**
 * One cell. A value starting with = + - @ (or a tab or carriage return, which some programs skip
 * before looking) is prefixed with a quote so it stays text; then quoted when needed.
 */
export function csvCell(value: string | number | boolean | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
	return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvDocument(
	rows: readonly (readonly (string | number | boolean | null)[])[]
): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** What the export needs about each question, already in the teacher's language. */
export interface CsvQuestion {
	prompt: string;
	options: string[];
	answer: number;
}

/** Column titles and words, in the teacher's language (the module itself has no translations). */
export interface CsvLabels {
	headers: [string, string, string, string, string, string, string, string, string, string];
	student: string;
	answer: string;
	yes: string;
	no: string;
	noAnswer: string;
}

/**
 * One table: one row per student (their total), then one row per answer. The first column says
 * which kind of row it is, so both can be filtered apart in a spreadsheet.
 */
export function classCsv(
	cls: Pick<ClassRecord, 'students' | 'roster'>,
	questions: readonly CsvQuestion[],
	labels: CsvLabels
): string {
	const rows: (string | number | boolean | null)[][] = [labels.headers];
	const ranked = standings(cls);
	for (const standing of ranked) {
		rows.push([
			labels.student,
			standing.nickname,
			standing.rank,
			standing.score,
			standing.correct,
			questions.length,
			null,
			null,
			null,
			null
		]);
	}
	for (const standing of ranked) {
		const student = cls.students[standing.id] as ClassStudent;
		for (const [index, answer] of student.answers.entries()) {
			if (!answer) continue;
			const question = questions[index] as CsvQuestion;
			rows.push([
				labels.answer,
				student.nickname,
				null,
				answer.points,
				null,
				index + 1,
				question.prompt,
				answer.choice === null ? labels.noAnswer : (question.options[answer.choice] ?? ''),
				answer.correct ? labels.yes : labels.no,
				Math.round(answer.elapsedMs / 100) / 10
			]);
		}
	}
	return csvDocument(rows);
}
