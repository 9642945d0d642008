/**
 * `--out` never deletes what the pipeline does not own: the input folder, a folder holding or inside it, a
 * project, a file, a folder of other files. Each is refused with exit 1 and a file / what / fix line, and left as
 * it was. An unwritable place gives an error, not a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTiny, hashTree, removeDir, TINY } from './helpers';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/pipeline/cli.ts');
const env = { ...process.env, REAL_DATA_DIR: '' };
const runCli = (cwd: string, ...args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env });

let root: string;
let input: string;
beforeAll(async () => {
	input = await copyTiny();
	root = path.dirname(input);
});
afterAll(() => removeDir(root));

/** Runs the CLI with `--out out`, expects a refusal naming `what`, and everything under `watched` unchanged. */
async function expectRefused(out: string, what: string, { cwd = root, watched = root, inputDir = input } = {}) {
	const before = await hashTree(watched);
	const result = runCli(cwd, '--input', inputDir, '--out', out);
	expect(result.error).toBeUndefined();
	expect(result.status, result.stderr).toBe(1);
	expect(result.stderr).toContain('The output folder cannot be used; nothing was written.');
	expect(result.stderr).toMatch(new RegExp(`^${escape(out)}: .*${escape(what)}.*\\. Fix: .+\\.$`, 'm'));
	expect(await hashTree(watched)).toEqual(before);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('--out', () => {
	it('refuses the input folder itself', () => expectRefused(input, 'is the input folder'));

	it('refuses a folder that contains the input folder', () => expectRefused(root, 'contains the input folder'));

	it('refuses a folder inside the input folder', () => expectRefused(path.join(input, 'out'), 'is inside the input folder'));

	it('refuses "." in a project', async () => {
		const project = path.join(root, 'project');
		await mkdir(path.join(project, 'docs'), { recursive: true });
		await writeFile(path.join(project, 'main.ts'), 'console.log(1);\n');
		await writeFile(path.join(project, 'docs', 'guide.md'), '# Guide\n');
		await expectRefused('.', 'a folder the pipeline did not write (it holds docs, main.ts)', { cwd: project, watched: project, inputDir: TINY });
	});

	it('refuses a regular file', async () => {
		const report = path.join(root, 'report.txt');
		await writeFile(report, 'my report\n');
		await expectRefused(report, 'is a file, not a folder');
	});

	it('refuses a folder of other files, even with a manifest.json', async () => {
		const folder = path.join(root, 'mine');
		await mkdir(folder);
		await writeFile(path.join(folder, 'notes.txt'), 'keep me\n');
		await writeFile(path.join(folder, 'manifest.json'), JSON.stringify({ built_at: '2026-01-01T00:00:00Z', tables: {} }));
		await expectRefused(folder, 'it holds notes.txt');
	});

	it('gives a clear error for a place that cannot be written, without hanging', () => {
		const result = runCli(root, '--input', TINY, '--out', '/proc/x');
		expect(result.error, 'the pipeline hung').toBeUndefined();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^\/proc\/x: cannot create the folder \/proc\/\S+ \(E[A-Z]+\)\. Fix: choose a folder you can write to\.$/m);
	});

	it('accepts an empty folder and then replaces its own output', async () => {
		const folder = path.join(root, 'empty');
		await mkdir(folder);
		expect(runCli(root, '--input', TINY, '--out', folder).status).toBe(0);
		const again = runCli(root, '--input', TINY, '--out', folder);
		expect(again.stderr).toBe('');
		expect(again.status).toBe(0);
	});
});
