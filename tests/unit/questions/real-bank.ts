// Builds the bank from the five committed articles through the real extractor, once per test file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { readArticlesDir, readLexicon } from '../../../src/cli/inputs';
import { buildBank, type ArticleTranslation, type BuildResult } from '../../../src/lib/questions';

export const ROOT = join(__dirname, '../../..');

export function buildReal(): BuildResult {
	const { inputs } = readArticlesDir(join(ROOT, 'questions/articles'));
	const lexicon = readLexicon(join(ROOT, 'questions/lexicon.json'));
	const extraction = extractCorpus(inputs, lexicon);
	const dir = join(ROOT, 'questions/translations');
	const translations = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleTranslation);
	return buildBank({ articles: extraction.articles, facts: extraction.facts, lexicon, translations });
}
