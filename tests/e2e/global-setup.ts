/**
 * Builds the site from the current tree (pipeline on the sample + vite build) and serves it on a free
 * localhost port for the browser tests; the URL is handed to tests with `inject('baseUrl')`.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) execSync('npm run build', { cwd: root, stdio: 'inherit' });
	const served = await serveBuild(path.join(root, process.env.BUILD_DIR ?? 'build'));
	project.provide('baseUrl', served.url);
	project.provide('dataDir', path.join(root, 'static/data'));
	return () => served.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dataDir: string;
	}
}
