/** Atomic output and the sample flag of the manifest. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_NOTICE, type Manifest } from '../../../src/lib/schema';
import { writeFolderAtomically } from '../../../src/pipeline/output/atomic-output';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { copyTiny, hashTree, leftovers, makeTempDir, removeDir } from './helpers';

let root: string;
beforeAll(async () => {
	root = await makeTempDir();
});
afterAll(() => removeDir(root));

/** A folder the way the pipeline writes it: the files plus a manifest.json listing them. */
async function writeOutput(dir: string, files: Record<string, string>): Promise<void> {
	for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
	const tables = Object.fromEntries(Object.keys(files).map((file) => [file, { file }]));
	await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ built_at: new Date().toISOString(), tables }));
}

describe('writeFolderAtomically', () => {
	it('leaves the old folder untouched and removes the temp folder when writing fails', async () => {
		const out = path.join(root, 'failing');
		await mkdir(out);
		await writeOutput(out, { 'old.parquet': 'old' });
		const before = await hashTree(out);
		const failing = writeFolderAtomically(out, async (dir) => {
			await writeFile(path.join(dir, 'half.parquet'), 'half');
			throw new Error('disk full');
		});
		await expect(failing).rejects.toThrow('disk full');
		expect(await hashTree(out)).toEqual(before);
		expect(await leftovers(out)).toEqual([]);
	});

	it('replaces the old folder as a whole when writing succeeds, creating parents as needed', async () => {
		const out = path.join(root, 'nested', 'succeeding');
		await writeFolderAtomically(out, (dir) => writeOutput(dir, { 'first.parquet': '1' }));
		await writeFolderAtomically(out, (dir) => writeOutput(dir, { 'second.parquet': '2' }));
		expect(Object.keys(await hashTree(out)).sort()).toEqual(['manifest.json', 'second.parquet']);
		expect(await leftovers(out)).toEqual([]);
	});
});

describe('manifest sample flag', () => {
	it('marks the output as sample data when the input folder has sample.json with "sample": true', async () => {
		const input = await copyTiny();
		try {
			await writeFile(path.join(input, 'sample.json'), JSON.stringify({ sample: true, seed: 1 }));
			const out = path.join(root, 'sample');
			const result = await runPipeline({ input, out });
			expect(result.ok).toBe(true);
			const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
			expect(manifest).toMatchObject({ sample: true, notice: SAMPLE_NOTICE, input: 'input' });
			expect(JSON.stringify(manifest), 'no absolute local path is published').not.toContain(path.dirname(input));
			expect(manifest.sources).toEqual([
				{ name: `National reports and memberships: illustrative sample (input, seed 1)`, kind: 'sample' },
				{ name: 'Coverage of protected areas: World Bank WDI (illustrative values)', kind: 'sample' }
			]);
		} finally {
			await removeDir(path.dirname(input));
		}
	});
});
