// `npm run questions -- check`: fails when the committed bank is out of date (rebuilt in memory and
// compared), a sentence has no translation, or the bank breaks a rule; lists every problem.
import { existsSync, readFileSync } from 'node:fs';
import { validateBank, type Bank } from '../lib/questions';
import { buildInMemory, parseBuildArgs } from './build-command';
import type { Command } from './command';

export const checkCommand: Command = {
	describe: 'fail when the committed bank is out of date or breaks a rule',
	async run(args) {
		const opts = parseBuildArgs(args);
		const problems: string[] = [];
		const built = await buildInMemory(opts);
		if (!existsSync(opts.out))
			problems.push(`${opts.out} does not exist: run \`npm run questions -- build\``);
		else {
			const committed = readFileSync(opts.out, 'utf8');
			if (committed !== built.bankText)
				problems.push(
					`${opts.out} is out of date: run \`npm run questions -- build\` and commit the result`
				);
			let bank: Bank | null = null;
			try {
				bank = JSON.parse(committed) as Bank;
			} catch {
				problems.push(`${opts.out} is not valid JSON`);
			}
			if (bank) {
				const translated = new Set(
					built.result.bank.articles
						.filter((a) => a.sentences.length > 0 && a.sentences.every((s) => s.en !== null))
						.map((a) => a.id)
				);
				problems.push(
					...validateBank(bank, { requireEnglish: translated, requireAllKinds: true }).map(
						(p) => `${opts.out}: ${p}`
					)
				);
			}
		}
		if (
			opts.review &&
			existsSync(opts.review) &&
			readFileSync(opts.review, 'utf8') !== built.reviewText
		)
			problems.push(`${opts.review} is out of date: run \`npm run questions -- build\``);
		for (const s of built.result.untranslated)
			problems.push(`no English translation for ${s.article} sentence ${s.sentence}: «${s.ar}»`);
		for (const id of built.result.staleEditorial)
			problems.push(`questions/editorial.json names ${id}, which the build no longer produces`);
		if (problems.length) {
			console.error(`question bank check failed (${problems.length} problems):`);
			for (const p of problems) console.error(`  - ${p}`);
			return 1;
		}
		console.log(
			`question bank is up to date and valid: ${built.result.bank.questions.length} questions`
		);
		return 0;
	}
};
