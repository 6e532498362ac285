import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BankFileError, QuestionBank, bankProblem, parseBank } from '../../../src/lib/server/bank';

const fixture = 'tests/fixtures/bank.json';
const text = readFileSync(fixture, 'utf8');
const bank = new QuestionBank(parseBank(text, fixture));

function broken(
	change: (data: { articles: unknown[]; questions: Record<string, unknown>[] }) => void
) {
	const data = JSON.parse(text);
	change(data);
	return bankProblem(data);
}

describe('the question bank', () => {
	test('the fixture is valid and has questions of every kind', () => {
		expect(bankProblem(JSON.parse(text))).toBeNull();
		expect(Object.values(bank.countsByKind()).every((n) => n > 0)).toBe(true);
	});

	test('a page sees a question without its answer or sources', () => {
		const question = bank.questions[0]!;
		const shown = bank.publicQuestion(question);
		expect(Object.keys(shown).sort()).toEqual(['id', 'kind', 'options', 'prompt']);
		expect(JSON.stringify(shown)).not.toContain('"answer"');
		expect(JSON.stringify(shown)).not.toContain('"sources"');
	});

	test('the reveal highlights the answer in Arabic, and in English when it is found there', () => {
		const question = bank.question('q-place-2')!;
		const reveal = bank.reveal(question);
		const source = reveal.sources[0]!;
		expect(source.ar.slice(...source.span)).toBe('غرناطة');
		expect(source.en?.slice(...source.spanEn!)).toBe('Granada');
		expect(reveal.confirmedBy).toBe(1);
	});

	test('confirmedBy counts different articles', () => {
		expect(bank.reveal(bank.question('q-role-4')!).confirmedBy).toBe(2);
	});

	test('filters by kind and by article, and marks the sentences that back questions', () => {
		const dates = bank.matching(['date'], null);
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.every((q) => q.kind === 'date')).toBe(true);
		const one = bank.matching(['host', 'place'], 'bb659110fccb5400');
		expect(one.every((q) => q.sources.some((s) => s.article === 'bb659110fccb5400'))).toBe(true);
		expect(bank.backedSentences('bb659110fccb5400')[1]).toBeGreaterThanOrEqual(2);
	});

	test('refuses a broken bank with the file and the place that is wrong', () => {
		expect(() => parseBank('{', 'x/bank.json')).toThrow(BankFileError);
		expect(() => parseBank('{', 'x/bank.json')).toThrow(/x\/bank\.json.*not valid JSON/);
		expect(broken((d) => (d.questions[0]!.answer = 9))).toMatch(/questions\[0\]\.answer/);
		expect(broken((d) => (d.questions[1]!.kind = 'weather'))).toMatch(
			/questions\[1\]\.kind "weather"/
		);
		expect(
			broken((d) => ((d.questions[2]!.sources as { span: number[] }[])[0]!.span = [5, 9999]))
		).toMatch(/questions\[2\]\.sources\[0\]\.span/);
		expect(
			broken((d) => ((d.questions[2]!.sources as { article: string }[])[0]!.article = 'nope'))
		).toMatch(/sources\[0\]\.article "nope" is not in "articles"/);
		expect(broken((d) => d.questions.push({ ...d.questions[0]! }))).toMatch(/used twice/);
	});
});

describe.runIf(existsSync('questions/bank.json'))(
	'the generated bank (questions/bank.json)',
	() => {
		test('is valid, and every highlight points at text', () => {
			const real = new QuestionBank(
				parseBank(readFileSync('questions/bank.json', 'utf8'), 'questions/bank.json')
			);
			expect(real.questions.length).toBeGreaterThan(0);
			for (const question of real.questions) {
				for (const source of real.reveal(question).sources) {
					expect(source.ar.slice(...source.span).trim()).not.toBe('');
				}
			}
		});
	}
);
