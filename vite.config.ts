import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	// The browser's code is minified by terser (about 3% less gzipped JS on the game page than
	// esbuild's minifier); the server's stays unminified, so its stack traces stay readable.
	environments: {
		client: { build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
