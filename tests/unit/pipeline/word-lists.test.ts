// The word lists the pipeline and the question rules match against are compared with normalised keys
// (normalize.ts: «أ» → «ا», «ؤ» → «و», «ة» → «ه», «ى» → «ي», no diacritics). An entry written any other
// way («رؤساء», «اجرى») can never match. This test reads the sources and checks every entry of every
// such list: Set literals, cue sequences («seq», «keys»), object keys in Arabic, and the word
// alternations of regexes declared as constants (except those read on the text as written).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/lib/pipeline/normalize';

const ROOT = join(__dirname, '../../..');
const DIRS = ['src/lib/pipeline', 'src/lib/questions'];
/** Regexes that read the text as written, not its key: a caption credit «أ ف ب» keeps its hamza. */
const DISPLAY_REGEXES = new Set(['CAPTION']);

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return path.endsWith('.ts') && !path.endsWith('normalize.ts') ? [path] : [];
	});
}

const ARABIC = /[\u0600-\u06ff]/;

/** Arabic entries of the file's word lists, with where they stand. */
function entries(path: string): { at: string; word: string }[] {
	// Comments say anything; tables passed through normalizedKeys (numerals.ts) are keyed on load.
	const text = readFileSync(path, 'utf8')
		.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
		.replace(/normalizedKeys\(\{[\s\S]*?\}\)/g, '');
	const file = relative(ROOT, path);
	const out: { at: string; word: string }[] = [];
	const strings = (body: string, what: string): void => {
		for (const m of body.matchAll(/'([^'\n]*)'/g))
			if (ARABIC.test(m[1] ?? '')) out.push({ at: `${file} ${what}`, word: m[1] ?? '' });
	};
	// new Set([...]) with the list written out (a list mapped through normalizeArabic is fine either way).
	for (const m of text.matchAll(/new Set\(\[([^\]]*)\]\)(\.map\(normalizeArabic\))?/g))
		if (!m[2]) strings(m[1] ?? '', 'Set');
	for (const m of text.matchAll(/\b(?:seq|keys|m|f): \[([^\]]*)\]/g)) strings(m[1] ?? '', 'cue');
	// Arabic object keys: «قمه: 'summit'».
	for (const m of text.matchAll(/^\s*([\u0600-\u06ff]+):/gm))
		out.push({ at: `${file} key`, word: m[1] ?? '' });
	// const NAME = /…(?:a|b|c)…/: the Arabic words of its alternations.
	for (const m of text.matchAll(/const ([A-Z_]+)\s*=\s*\n?\s*\/((?:\\.|[^/\n])+)\//g)) {
		if (DISPLAY_REGEXES.has(m[1] ?? '')) continue;
		for (const w of (m[2] ?? '').match(/[\u0621-\u065f\u0670]+/g) ?? [])
			out.push({ at: `${file} /${m[1]}/`, word: w });
	}
	return out;
}

describe('word lists', () => {
	const all = DIRS.flatMap((d) => sources(join(ROOT, d))).flatMap(entries);

	it('are read from the sources (the scan finds the lists it is meant to check)', () => {
		expect(all.length).toBeGreaterThan(500);
		expect(all.some((e) => e.word === 'روساء')).toBe(true);
	});

	it('hold every entry in its normalised form, so that it can match', () => {
		const bad = all
			.filter((e) => normalizeArabic(e.word) !== e.word)
			.map((e) => `${e.at}: «${e.word}»`);
		expect(bad).toEqual([]);
	});
});
