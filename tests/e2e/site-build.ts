/**
 * The one build every browser test runs against: pipeline + `vite build`, without the deploy build's
 * precompression (the test server compresses on the fly). It takes the real sources of ../shared/data/real
 * (or $REAL_DATA_DIR) when they are there (real memberships too); without them, the indicators the project ships
 * in data/real (the pipeline's default), so a fresh clone tests the indicator pages too. Used by the e2e global
 * setup and by `npm test`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const realDataDir = process.env.REAL_DATA_DIR ?? path.resolve(root, '../shared/data/real');
export const SITE_BUILD_COMMAND = 'npm run build:site';

export function siteBuildEnv(): NodeJS.ProcessEnv {
	const real = realDataDir !== '' && existsSync(realDataDir);
	if (!real && realDataDir !== '') console.warn(`${realDataDir} is absent: building with the indicators shipped in data/real.`);
	// NODE_ENV: vitest sets it to 'test', which would make Vite build Svelte's development variant.
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
	if (real) env.REAL_DATA_DIR = realDataDir;
	else delete env.REAL_DATA_DIR;
	return env;
}
