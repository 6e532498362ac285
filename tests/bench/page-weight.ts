// Page weight of a solo game's page: starts a game with the home page's form (its default choices),
// follows the redirect to /play/<id>, reads the scripts, module preloads and stylesheets that page's
// HTML (and Link header) names, and gzips each file from the build's client folder (level 9) to count what a phone
// downloads before the game works.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../support/server-process';
import { Browser } from './http-client';

export interface Asset {
	url: string;
	kind: 'js' | 'css';
	bytes: number;
	gzipBytes: number;
}

export interface PageWeightReport {
	page: string;
	assets: Asset[];
	js: { files: number; bytes: number; gzipBytes: number };
	css: { files: number; bytes: number; gzipBytes: number };
	/** The page's HTML itself, gzipped. */
	htmlGzipBytes: number;
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'u')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);
}

/** The fields the home page's form sends untouched: its checked radios and boxes, article "all". */
export function defaultFormFields(html: string): [string, string][] {
	const fields: [string, string][] = [];
	for (const [tag] of html.matchAll(/<input\b[^>]*>/gu)) {
		if (!/\schecked\b/u.test(tag)) continue;
		const name = attribute(tag, 'name');
		const value = attribute(tag, 'value');
		if (name && value !== undefined) fields.push([name, value]);
	}
	fields.push(['article', 'all']);
	return fields;
}

/**
 * Same-origin scripts and stylesheets the page loads on its own (before any navigation), as paths:
 * from its HTML (stylesheets, scripts, module preloads, the start-up script's imports) and from its
 * Link header, where SvelteKit names the module preloads of a server-rendered page. URLs are
 * resolved against the page's own URL (SvelteKit writes them relative, "../_app/…").
 */
export function pageAssets(
	html: string,
	linkHeader: string,
	pageUrl: string
): { url: string; kind: 'js' | 'css' }[] {
	const found = new Map<string, 'js' | 'css'>();
	const add = (href: string, kind: 'js' | 'css') => {
		const url = new URL(href, pageUrl);
		if (url.origin === new URL(pageUrl).origin) found.set(url.pathname, kind);
	};
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gu)) {
		const rel = attribute(tag, 'rel') ?? '';
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel === 'modulepreload') add(href, 'js');
		else if (rel === 'stylesheet') add(href, 'css');
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gu)) {
		const src = attribute(tag, 'src');
		if (src) add(src, 'js');
	}
	// SvelteKit's inline start-up script imports its entry points by URL.
	for (const [, href] of html.matchAll(/import\(\s*["']([^"']+)["']\s*\)/gu)) {
		if (href) add(href, 'js');
	}
	for (const part of linkHeader.split(/,(?=\s*<)/u)) {
		const href = /<([^>]+)>/u.exec(part)?.[1];
		if (!href) continue;
		if (/rel="?modulepreload"?/u.test(part)) add(href, 'js');
		else if (/rel="?(?:preload|stylesheet)"?/u.test(part) && /as="?style"?|stylesheet/u.test(part))
			add(href, 'css');
	}
	return [...found].map(([url, kind]) => ({ url, kind }));
}

export async function measurePageWeight(options: {
	port: number;
	buildDir: string;
}): Promise<PageWeightReport> {
	const dataDir = mkdtempSync(join(tmpdir(), 'tahaqqaq-weight-'));
	const bankFile = join(dataDir, 'bank.json');
	copyFileSync('questions/bank.json', bankFile);
	const server = await startServer({
		port: options.port,
		dataDir,
		buildDir: options.buildDir,
		env: { BANK_FILE: bankFile }
	});
	const browser = new Browser(server.base, '127.0.0.1');
	try {
		const home = await browser.send('GET', '/');
		if (home.status !== 200) throw new Error(`home page: HTTP ${home.status}`);
		// A plain form post, as the page sends without JavaScript: the answer is the redirect.
		const started = await browser.send(
			'POST',
			'/?/start',
			new URLSearchParams(defaultFormFields(home.body)).toString(),
			{
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html,application/xhtml+xml',
				origin: server.base
			}
		);
		const location = String(started.headers.location ?? '');
		if (started.status !== 303 || !/^\/play\/[\w-]+$/u.test(location)) {
			throw new Error(`start: HTTP ${started.status} ${location} ${started.body.slice(0, 300)}`);
		}
		const play = await browser.send('GET', location, undefined, {
			accept: 'text/html,application/xhtml+xml'
		});
		if (play.status !== 200) throw new Error(`${location}: HTTP ${play.status}`);
		const link = play.headers.link;
		const assets = pageAssets(
			play.body,
			Array.isArray(link) ? link.join(', ') : (link ?? ''),
			`${server.base}${location}`
		).map(({ url, kind }): Asset => {
			const file = readFileSync(join(options.buildDir, 'client', decodeURIComponent(url)));
			return { url, kind, bytes: file.length, gzipBytes: gzipSync(file, { level: 9 }).length };
		});
		const sum = (kind: 'js' | 'css') => {
			const of = assets.filter((a) => a.kind === kind);
			return {
				files: of.length,
				bytes: of.reduce((t, a) => t + a.bytes, 0),
				gzipBytes: of.reduce((t, a) => t + a.gzipBytes, 0)
			};
		};
		return {
			page: '/play/<id>',
			assets,
			js: sum('js'),
			css: sum('css'),
			htmlGzipBytes: gzipSync(Buffer.from(play.body), { level: 9 }).length
		};
	} finally {
		browser.close();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
