/**
 * Builds the site from the current tree (pipeline + vite build) and serves it on a free localhost port for the
 * browser tests; the URL is handed to tests with `inject('baseUrl')`. The build takes the real sources of
 * ../shared/data/real (or $REAL_DATA_DIR) when they are there (real memberships too); without them, the
 * indicators the project ships in data/real (the pipeline's default), so a fresh clone tests the indicator pages.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve';

const root = path.resolve(import.meta.dirname, '../..');
const realDataDir = process.env.REAL_DATA_DIR ?? path.resolve(root, '../shared/data/real');

export default async function setup(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) {
		const real = realDataDir !== '' && existsSync(realDataDir);
		if (!real && realDataDir !== '') console.warn(`${realDataDir} is absent: building with the indicators shipped in data/real.`);
		// NODE_ENV: vitest sets it to 'test', which would make Vite build Svelte's development variant.
		const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
		if (real) env.REAL_DATA_DIR = realDataDir;
		else delete env.REAL_DATA_DIR;
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
