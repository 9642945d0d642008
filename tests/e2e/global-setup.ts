/**
 * Builds the site from the current tree (pipeline + vite build) and serves it on a free localhost port for the
 * browser tests; the URL is handed to tests with `inject('baseUrl')`. The build takes the real sources of
 * ../shared/data/real (or $REAL_DATA_DIR) when they are there, so the indicator pages are tested on real data;
 * without them it is the sample only and the indicator tests say why they skip.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve';

const root = path.resolve(import.meta.dirname, '../..');
const realDataDir = process.env.REAL_DATA_DIR || path.resolve(root, '../shared/data/real');

export default async function setup(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) {
		const real = existsSync(realDataDir);
		if (!real) console.warn(`Building the site on the sample only: ${realDataDir} is absent, so the indicator tests will skip.`);
		// NODE_ENV: vitest sets it to 'test', which would make Vite build Svelte's development variant.
		const env = { ...process.env, NODE_ENV: 'production', REAL_DATA_DIR: real ? realDataDir : '' };
		execSync('npm run build', { cwd: root, stdio: 'inherit', env });
	}
	const served = await serveBuild(path.join(root, process.env.BUILD_DIR ?? 'build'));
	project.provide('baseUrl', served.url);
	project.provide('dataDir', path.resolve(root, process.env.STATIC_DIR ?? 'static', 'data'));
	return () => served.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dataDir: string;
	}
}
