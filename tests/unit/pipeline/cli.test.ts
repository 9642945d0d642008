/** The command line: exit 0 with a summary on good input, exit 1 with the problems on stderr on bad input. */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/pipeline/args';
import { copyTiny, editFile, hashTree, leftovers, makeTempDir, removeDir, TINY } from './helpers';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/pipeline/cli.ts');
const env = { ...process.env, REAL_DATA_DIR: '' };
const runCli = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, env });

let root: string;
let out: string;
beforeAll(async () => {
	root = await makeTempDir();
	out = path.join(root, 'data');
});
afterAll(() => removeDir(root));

describe('npm run data', () => {
	it('builds the output folder and prints a summary', () => {
		const result = runCli('--input', TINY, '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Wrote 23 tables \(\d[\d,]* rows, real data\) to .* in \d+\.\d s:/);
		expect(result.stdout).toMatch(/status\s+50 rows/);
	});

	it('exits 1 listing the problems, leaving the previous output unchanged', async () => {
		const before = await hashTree(out);
		const input = await copyTiny();
		try {
			await editFile(input, 'responses.csv', (text) => text.replace('cbd,cbd-4nr,FRA,q3,n', 'cbd,cbd-4nr,FRA,q3,Z'));
			const result = runCli('--input', input, '--out', out);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toContain(
				`${path.join(input, 'responses.csv')}:13: column answer: "Z" is not on scale "yesno" of question cbd/cbd-4nr/q3 (allowed: "y", "n"). Fix: use one of the scale's answers, or add the answer to scales.csv.`
			);
			expect(await hashTree(out)).toEqual(before);
			expect(await leftovers(out)).toEqual([]);
			expect((await readdir(out)).length).toBe(25); // 23 tables (17 + the 6 activity tables of the tiny fixture), responses/ (per country) and manifest.json
		} finally {
			await removeDir(path.dirname(input));
		}
	});

	it('rejects unknown options with usage', () => {
		const result = runCli('--inptu', TINY);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: npm run data -- [--input DIR] [--real DIR] [--out DIR]');
	});
});

describe('--real', () => {
	it('defaults to $REAL_DATA_DIR, and --real "" builds without real data', () => {
		const env = { REAL_DATA_DIR: '../shared/data/real' };
		expect(parseCliArgs([], env)).toMatchObject({ ok: true, real: '../shared/data/real', input: 'data/sample' });
		expect(parseCliArgs(['--real', 'elsewhere'], env)).toMatchObject({ real: 'elsewhere' });
		expect(parseCliArgs(['--real', ''], env)).toMatchObject({ real: undefined });
		expect(parseCliArgs([], {}, () => false)).toMatchObject({ real: undefined });
		expect(parseCliArgs([], {}, (dir) => dir === 'data/real')).toMatchObject({ real: 'data/real' });
	});

	it('exits 1 naming the folder when the real folder does not exist', () => {
		const result = runCli('--input', TINY, '--real', '/nonexistent/real', '--out', out);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('/nonexistent/real: folder not found');
	});
});
