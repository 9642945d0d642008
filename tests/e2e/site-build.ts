/**
 * The one build every browser test runs against: pipeline + `vite build`, without the deploy build's
 * precompression (the test server compresses on the fly). It takes the real sources of ../shared/data/real
 * (or $REAL_DATA_DIR) when they are there, so the indicator pages are tested on real data; without them it is
 * the sample only and the indicator tests say why they skip. Used by the e2e global setup and by `npm test`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const realDataDir = process.env.REAL_DATA_DIR || path.resolve(root, '../shared/data/real');
export const SITE_BUILD_COMMAND = 'npm run build:site';

export function siteBuildEnv(): NodeJS.ProcessEnv {
	const real = existsSync(realDataDir);
	if (!real) console.warn(`Building the site on the sample only: ${realDataDir} is absent, so the indicator tests will skip.`);
	// NODE_ENV: vitest sets it to 'test', which would make Vite build Svelte's development variant.
	return { ...process.env, NODE_ENV: 'production', REAL_DATA_DIR: real ? realDataDir : '' };
}
