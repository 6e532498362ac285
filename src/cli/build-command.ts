// `npm run questions -- build [--articles <dir>] [--out <file>] [--review <file>]`: extracts facts from
// every .txt article and writes the question bank (and the review sheet), formatted like the repo.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { extractCorpus } from '../lib/pipeline/extract';
import type { ExtractionResult } from '../lib/pipeline/types';
import {
	buildBank,
	parseEditorial,
	renderReview,
	serializeBank,
	type ArticleTranslation,
	type BuildResult
} from '../lib/questions';
import type { Command } from './command';
import { DEFAULT_LEXICON, readArticlesDir, readLexicon } from './inputs';

export const DEFAULTS = {
	articles: 'questions/articles',
	out: 'questions/bank.json',
	review: 'tests/review/questions.md',
	translations: 'questions/translations',
	editorial: 'questions/editorial.json'
};

export interface BuildOptions {
	articles: string;
	out: string;
	review: string | null;
	translations: string;
	editorial: string;
	lexicon: string;
}

export function parseBuildArgs(args: string[]): BuildOptions {
	const opts: BuildOptions = { ...DEFAULTS, lexicon: DEFAULT_LEXICON };
	let reviewSet = false;
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		const value = args[i + 1];
		const known = ['--articles', '--out', '--review', '--translations', '--editorial', '--lexicon'];
		if (!flag || !known.includes(flag)) throw new Error(`unknown option «${flag ?? ''}»`);
		if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
		const key = flag.slice(2) as keyof BuildOptions;
		opts[key] = value;
		if (key === 'review') reviewSet = true;
		i++;
	}
	// The review sheet belongs to the committed bank; other folders get one only when asked.
	if (!reviewSet && resolve(opts.articles) !== resolve(DEFAULTS.articles)) opts.review = null;
	return opts;
}

function readTranslations(dir: string): ArticleTranslation[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleTranslation;
			if (!data || typeof data.article !== 'string' || !Array.isArray(data.sentences))
				throw new Error(`${join(dir, f)}: not a translation file`);
			return data;
		});
}

export interface Built {
	extraction: ExtractionResult;
	result: BuildResult;
	bankText: string;
	reviewText: string;
}

/** Extraction and generation in memory: what `build` writes and `check` compares against. */
export async function buildInMemory(opts: BuildOptions): Promise<Built> {
	const { inputs, warnings } = readArticlesDir(opts.articles);
	const extraction = extractCorpus(inputs, readLexicon(opts.lexicon));
	extraction.warnings = [...warnings, ...extraction.warnings];
	const editorial = existsSync(opts.editorial)
		? parseEditorial(JSON.parse(readFileSync(opts.editorial, 'utf8')))
		: undefined;
	const result = buildBank({
		articles: extraction.articles,
		facts: extraction.facts,
		lexicon: readLexicon(opts.lexicon),
		translations: readTranslations(opts.translations),
		...(editorial ? { editorial } : {})
	});
	const config = (await resolveConfig(resolve(opts.out))) ?? {};
	const bankText = await format(serializeBank(result.bank), { ...config, parser: 'json' });
	const reviewText = await format(renderReview(result.bank, result.notes), {
		...config,
		parser: 'markdown'
	});
	return { extraction, result, bankText, reviewText };
}

function write(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

export function summary(built: Built): string[] {
	const { result, extraction } = built;
	const counts = new Map<string, number>();
	for (const q of result.bank.questions) counts.set(q.kind, (counts.get(q.kind) ?? 0) + 1);
	const byKind = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
	const lines = [
		`${result.bank.articles.length} articles, ${result.bank.facts.length} facts, ${result.bank.questions.length} questions (${byKind})`
	];
	for (const w of extraction.warnings) lines.push(`warning: ${w}`);
	const dropped = result.notes.filter((n) => n.kind === 'dropped');
	if (dropped.length) lines.push(`${dropped.length} facts gave no question (see --verbose)`);
	for (const n of result.notes.filter((n) => n.kind === 'missing-english' && !n.factId))
		lines.push(`missing English: ${n.message}`);
	for (const n of result.notes.filter((n) => n.kind === 'extractor'))
		lines.push(`extractor: ${n.factId ?? ''} ${n.message}`);
	if (result.untranslated.length)
		lines.push(`${result.untranslated.length} sentences have no English translation`);
	for (const id of result.staleEditorial) lines.push(`editorial entry ${id} matches no question`);
	return lines;
}

export const buildCommand: Command = {
	describe: 'extract facts and write the question bank',
	async run(args) {
		const verbose = args.includes('--verbose');
		const opts = parseBuildArgs(args.filter((a) => a !== '--verbose'));
		const built = await buildInMemory(opts);
		write(opts.out, built.bankText);
		if (opts.review) write(opts.review, built.reviewText);
		for (const line of summary(built)) console.log(line);
		if (verbose)
			for (const n of built.result.notes.filter((n) => n.kind === 'dropped'))
				console.log(`dropped ${n.factId ?? ''}: ${n.message}`);
		console.log(`wrote ${opts.out}${opts.review ? ` and ${opts.review}` : ''}`);
		return 0;
	}
};
