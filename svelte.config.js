import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { csp } from './csp.config.js';

const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * Any broken link fails the build, except, when BUILD_LOCALES names the languages of a partial build (`npm start`'s
 * first pass, see scripts/start.ts), the pages of the other languages (`/fr/…`), which that pass leaves out.
 * @type {import('@sveltejs/kit').PrerenderHttpErrorHandler}
 */
function skipLanguagesNotBuilt({ path, status, message }) {
	const built = process.env.BUILD_LOCALES?.split(',');
	const prefix = path.split('/')[1];
	if (built && status === 404 && /^[a-z]{2}$/.test(prefix) && !built.includes(prefix)) return;
	throw new Error(message);
}

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
		// Four pages at a time: one renders while the others' queries run in DuckDB (one connection each, see
		// src/lib/server/native-engine.ts).
		prerender: { handleHttpError: skipLanguagesNotBuilt, concurrency: 4 },
		// Content-Security-Policy of every page (see csp.config.js for why each source is allowed).
		csp
	}
};

export default config;
