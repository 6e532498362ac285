import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractCommand, parseExtractArgs } from '../../../src/cli/extract-command';
import { readArticlesDir } from '../../../src/cli/inputs';

function oddFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'tahaqqaq-'));
	writeFileSync(join(dir, 'a-empty.txt'), '');
	writeFileSync(join(dir, 'b-broken.txt'), Buffer.from([0xd8, 0xa7, 0xff, 0xfe, 0x20]));
	writeFileSync(join(dir, 'c-english.txt'), 'Talks were held in Brussels on Saturday.');
	writeFileSync(
		join(dir, 'd-arabic.txt'),
		'\uFEFFعقدت أذربيجان وأرمينيا محادثات في بروكسل يوم السبت.'
	);
	writeFileSync(join(dir, 'notes.md'), 'ignored');
	return dir;
}

describe('readArticlesDir', () => {
	it('reads .txt files in name order, skipping empty and non-UTF-8 files with a message naming them', () => {
		const { inputs, warnings } = readArticlesDir(oddFolder());
		expect(inputs.map((i) => i.id)).toEqual(['c-english', 'd-arabic']);
		expect(inputs[1]?.text.startsWith('عقدت')).toBe(true);
		expect(warnings).toEqual([
			'a-empty.txt: empty file, skipped',
			'b-broken.txt: not valid UTF-8, skipped'
		]);
	});

	it('throws a clear error for a missing folder', () => {
		expect(() => readArticlesDir('/no/such/folder')).toThrow(
			'articles folder not found: /no/such/folder'
		);
	});
});

describe('extract command', () => {
	it('parses its options and refuses unknown ones', () => {
		expect(parseExtractArgs(['--articles', 'x', '--out=y.json'])).toMatchObject({
			articles: 'x',
			out: 'y.json'
		});
		expect(parseExtractArgs(['--articles'])).toContain('needs a value');
		expect(parseExtractArgs(['--wat'])).toContain('unknown option «--wat»');
		expect(parseExtractArgs([])).toContain('missing --articles');
	});

	it('exits 2 on bad usage or a missing folder, and writes JSON for an odd folder', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await extractCommand.run(['--nope'])).toBe(2);
		expect(await extractCommand.run(['--articles', '/no/such/folder'])).toBe(2);
		const dir = oddFolder();
		const out = join(dir, 'facts.json');
		expect(await extractCommand.run(['--articles', dir, '--out', out])).toBe(0);
		const json = JSON.parse(readFileSync(out, 'utf8')) as {
			facts: { kind: string }[];
			warnings: string[];
		};
		expect(json.facts.map((f) => f.kind)).toEqual(
			expect.arrayContaining(['place', 'date', 'participant'])
		);
		expect(json.warnings).toContain('b-broken.txt: not valid UTF-8, skipped');
		error.mockRestore();
	});
});
