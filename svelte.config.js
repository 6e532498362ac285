import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte` version marker: one module less on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// BUILD_DIR / SVELTEKIT_OUT_DIR let two builds of one tree run side by side (parallel test runs).
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		// Form actions keep SvelteKit's origin check (csrf.checkOrigin defaults to true).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
