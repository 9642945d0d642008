/** Shared by the importer tests: where the real data is, CSV text from lines, problems as the CLI prints them. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../../../src/core/problems';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The real sources, reached relative to the repo root (or REAL_DATA_DIR) and never copied into the project. */
export const REAL_DATA_DIR = process.env.REAL_DATA_DIR ?? path.join(REPO_ROOT, '../shared/data/real');
export const HAS_REAL_DATA = existsSync(REAL_DATA_DIR);

export const csv = (...lines: string[]) => lines.join('\n') + '\n';

export const printed = (problems: Problem[]) => problems.map(formatProblem);

export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'importers-'));
	try {
		return await use(dir);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
