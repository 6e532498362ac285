// Reading articles and the lexicon from disk for the CLI commands: strict UTF-8, clear warnings, no crash.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Lexicon } from '../lib/pipeline/types';

export const DEFAULT_LEXICON = 'questions/lexicon.json';

/** Every `.txt` file of `dir` (sorted by name) as `{ id, text }`; unreadable or non-UTF-8 files become warnings. */
export function readArticlesDir(dir: string): {
	inputs: { id: string; text: string }[];
	warnings: string[];
} {
	if (!existsSync(dir) || !statSync(dir).isDirectory())
		throw new Error(`articles folder not found: ${dir}`);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const inputs: { id: string; text: string }[] = [];
	const warnings: string[] = [];
	const files = readdirSync(dir)
		.filter((f) => f.toLowerCase().endsWith('.txt'))
		.sort();
	for (const file of files) {
		const path = join(dir, file);
		try {
			if (!statSync(path).isFile()) continue;
			const bytes = readFileSync(path);
			const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
			if (!text.trim()) warnings.push(`${file}: empty file, skipped`);
			else inputs.push({ id: basename(file, '.txt'), text });
		} catch (error) {
			const why =
				error instanceof TypeError
					? 'not valid UTF-8'
					: error instanceof Error
						? error.message
						: String(error);
			warnings.push(`${file}: ${why}, skipped`);
		}
	}
	return { inputs, warnings };
}

/** The lexicon JSON, checked for the shape the pipeline needs. */
export function readLexicon(path: string = DEFAULT_LEXICON): Lexicon {
	const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
	if (
		!data ||
		typeof data !== 'object' ||
		!Array.isArray((data as { entries?: unknown }).entries)
	) {
		throw new Error(`${path}: not a lexicon (expected { "entries": [...] })`);
	}
	return data as Lexicon;
}
