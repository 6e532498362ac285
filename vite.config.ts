import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Svelte's runtime and SvelteKit's client router each go into one file of their own. Left to itself,
 * Rollup cuts them into a dozen small files along the lines of which page uses what; every page
 * needs nearly all of them, and small files compress worse: the game page's JavaScript went from
 * 25 files and 61.9 KB to 14 files and 58.8 KB (gzip), and every later page finds both in the cache.
 */
function runtimeChunk(id: string): string | undefined {
	if (id.includes('/node_modules/svelte/')) return 'svelte';
	if (id.includes('/node_modules/@sveltejs/kit/src/runtime/client/')) return 'kit';
	return undefined;
}

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	// The browser's code is minified by terser (about 3% less gzipped JS on the game page than
	// esbuild's minifier); the server's stays unminified, so its stack traces stay readable.
	environments: {
		client: {
			build: {
				minify: 'terser',
				terserOptions: { compress: { passes: 2 } },
				rollupOptions: { output: { manualChunks: runtimeChunk } }
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
