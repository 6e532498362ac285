// A page is sent only its language's strings of the namespaces `namespacesFor` names for its route.
// These tests read every page, layout and component it renders and check that each namespace it
// translates with is among them, and that a page's translator works with only what it was sent.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { namespacesFor, resources, translator } from '../../../src/lib/i18n';
import { translatorFor } from '../../../src/lib/i18n/messages';

const routes = 'src/routes';
const lib = 'src/lib';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** Namespaces a file names in a key ('play:game.score', `classroom:…`, 'play:setup.errors'). */
function namespacesIn(source: string): Set<string> {
	return new Set([...source.matchAll(/['"`](common|play|classroom):[\w.$]/gu)].map((m) => m[1]!));
}

/** The Svelte components a file imports, as paths, followed through their own imports. */
function rendered(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+\.svelte)'/gu)) {
		const path = spec!.startsWith('$lib/')
			? join(lib, spec!.slice('$lib/'.length))
			: resolve(dirname(file), spec!);
		rendered(relative(process.cwd(), resolve(path)), seen);
	}
	return seen;
}

function namespacesOf(file: string): string[] {
	const found = new Set<string>();
	for (const part of rendered(file)) {
		for (const ns of namespacesIn(readFileSync(part, 'utf8'))) found.add(ns);
	}
	return [...found].sort();
}

function routeId(pageFile: string): string {
	const dir = relative(routes, dirname(pageFile)).split('\\').join('/');
	return dir === '' ? '/' : `/${dir}`;
}

describe('namespaces per route', () => {
	const pages = files(routes).filter((f) => f.endsWith('+page.svelte'));

	test('the scan finds the pages and their namespaces', () => {
		expect(pages.length).toBeGreaterThan(10);
		expect(namespacesOf(join(routes, 'play/[id]/+page.svelte'))).toEqual(['play']);
		expect(namespacesOf(join(routes, 'teach/[id]/+page.svelte'))).toEqual(['classroom', 'play']);
	});

	test.each(pages.map((f) => [routeId(f), f]))('%s gets what it translates with', (id, file) => {
		expect(namespacesFor(id)).toEqual(expect.arrayContaining(namespacesOf(file)));
	});

	test('the root layout and error page need only what every route gets, even no route', () => {
		for (const file of ['+layout.svelte', '+error.svelte']) {
			expect(namespacesFor(null)).toEqual(expect.arrayContaining(namespacesOf(join(routes, file))));
		}
		expect(namespacesFor(null)).toEqual(['common']);
	});

	test('the solo game gets only common and play', () => {
		expect(namespacesFor('/play/[id]')).toEqual(['common', 'play']);
		expect(namespacesFor('/')).toEqual(['common', 'play']);
		expect(namespacesFor('/class/[id]')).toEqual(['common', 'play', 'classroom']);
		expect(namespacesFor('/teach')).toEqual(['common', 'play', 'classroom']);
		expect(namespacesFor('/teacher-notes')).toEqual(['common', 'play']);
	});
});

describe('translatorFor', () => {
	test('translates like the server with only the namespaces it was given', () => {
		for (const lang of ['ar', 'en'] as const) {
			const t = translatorFor(lang, { common: resources[lang].common, play: resources[lang].play });
			const server = translator(lang);
			expect(t('app.name')).toBe(server('app.name'));
			for (const count of [0, 1, 2, 5, 11, 100]) {
				expect(t('play:game.points', { count, n: String(count) })).toBe(
					server('play:game.points', { count, n: String(count) })
				);
			}
			expect(t('play:game.questionOf', { number: '3', total: '10' })).toBe(
				server('play:game.questionOf', { number: '3', total: '10' })
			);
			// Not sent, so not there: the key comes back, as a test would notice.
			expect(t('classroom:join.title')).toBe('join.title');
		}
	});

	test('one instance per language and set of namespaces', () => {
		const messages = { common: resources.en.common };
		expect(translatorFor('en', messages)).toBe(translatorFor('en', { ...messages }));
		expect(translatorFor('ar', { common: resources.ar.common })).not.toBe(
			translatorFor('en', messages)
		);
	});
});
