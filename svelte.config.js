import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR / STATIC_DIR let several builds of one checkout run side by side (e.g. benchmarks).
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// Root-relative asset paths: 404.html is served at any depth of unknown address.
		paths: { relative: false },
		// STATIC_DIR builds the site over another pipeline output (its data/ folder), e.g. the benchmark's.
		files: { assets: process.env.STATIC_DIR ?? 'static' },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
