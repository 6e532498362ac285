// `npm run questions -- extract --articles <dir> [--out <file>] [--lexicon <file>]`: facts of every
// .txt article as JSON. Odd files (empty, broken UTF-8) are skipped with a message; bad usage exits 2.
import { writeFileSync } from 'node:fs';
import { extractCorpus } from '../lib/pipeline/extract';
import type { ExtractionResult } from '../lib/pipeline/types';
import type { Command } from './command';
import { DEFAULT_LEXICON, readArticlesDir, readLexicon } from './inputs';

const USAGE =
	'usage: npm run questions -- extract --articles <dir> [--out <file>] [--lexicon <file>]';
const PROGRESS_FROM = 50;

interface Options {
	articles: string;
	out: string | null;
	lexicon: string;
}

/** Parses the command's arguments, or returns the message to print. */
export function parseExtractArgs(args: string[]): Options | string {
	const options: Partial<Options> = { out: null, lexicon: DEFAULT_LEXICON };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		const [flag, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		const value = (): string | null => {
			if (inline !== undefined) return inline;
			const next = args[i + 1];
			if (next === undefined || next.startsWith('--')) return null;
			i++;
			return next;
		};
		if (flag === '--articles' || flag === '--out' || flag === '--lexicon') {
			const v = value();
			if (!v) return `option ${flag} needs a value\n${USAGE}`;
			options[flag.slice(2) as keyof Options] = v;
		} else return `unknown option «${arg}»\n${USAGE}`;
	}
	if (!options.articles) return `missing --articles <dir>\n${USAGE}`;
	return options as Options;
}

/** The result as written: every article without its raw text (offsets still refer to the files). */
export function toJson(result: ExtractionResult): string {
	const articles = result.articles.map((a) => ({
		id: a.id,
		title: a.title,
		sentences: a.sentences,
		dropped: a.dropped.map((d) => ({ ...d, text: a.raw.slice(d.start, d.end) }))
	}));
	return JSON.stringify(
		{ facts: result.facts, candidates: result.candidates, warnings: result.warnings, articles },
		null,
		'\t'
	);
}

export const extractCommand: Command = {
	describe: 'extract facts from every .txt article as JSON',
	async run(args: string[]): Promise<number> {
		if (args.includes('--help') || args.includes('-h')) {
			console.log(USAGE);
			return 0;
		}
		const options = parseExtractArgs(args);
		if (typeof options === 'string') {
			console.error(options);
			return 2;
		}
		let read: ReturnType<typeof readArticlesDir>;
		try {
			read = readArticlesDir(options.articles);
		} catch (error) {
			console.error(error instanceof Error ? error.message : String(error));
			return 2;
		}
		for (const warning of read.warnings) console.error(`warning: ${warning}`);
		let lexicon;
		try {
			lexicon = readLexicon(options.lexicon);
		} catch (error) {
			console.error(
				`cannot read the lexicon ${options.lexicon}: ${error instanceof Error ? error.message : String(error)}`
			);
			return 2;
		}
		const total = read.inputs.length;
		const started = Date.now();
		if (total >= PROGRESS_FROM) console.error(`extracting ${total} articles…`);
		const result = extractCorpus(read.inputs, lexicon);
		if (total >= PROGRESS_FROM)
			console.error(
				`extracted ${result.facts.length} facts from ${total} articles in ${Date.now() - started} ms`
			);
		result.warnings.unshift(...read.warnings);
		const json = toJson(result);
		if (options.out) {
			writeFileSync(options.out, json + '\n');
			console.error(`wrote ${result.facts.length} facts from ${total} articles to ${options.out}`);
		} else console.log(json);
		return 0;
	}
};
