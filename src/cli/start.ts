// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// The port comes from PORT (default 3000), the data file from DB_FILE or DATA_DIR (default ./data).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const buildEntry = 'build/index.js';
const sources = [
	'src',
	'static',
	'questions',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

function buildIsCurrent(): boolean {
	if (!existsSync(buildEntry)) return false;
	const built = statSync(buildEntry).mtimeMs;
	return sources.every((source) => newestChange(source) <= built);
}

if (!buildIsCurrent()) {
	console.log('Building the app (the build is missing or older than the sources)…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', shell: false });
	if (result.status !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

process.env.PORT ??= '3000';
console.log(`Tahaqqaq is starting on http://localhost:${process.env.PORT}`);
await import(pathToFileURL(buildEntry).href);
