/**
 * Builds the site from the current tree (see site-build.ts; `E2E_SKIP_BUILD=1` uses the build that is there, as
 * `npm test` does after building it beside the unit tests) and serves it on a free localhost port for the
 * browser tests; the URL is handed to tests with `inject('baseUrl')`.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve';
import { root, SITE_BUILD_COMMAND, siteBuildEnv } from './site-build';

export default async function setup(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) execSync(SITE_BUILD_COMMAND, { cwd: root, stdio: 'inherit', env: siteBuildEnv() });
	const served = await serveBuild(path.resolve(root, process.env.BUILD_DIR ?? 'build'));
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
