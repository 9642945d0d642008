/** The optional `url` column of reports.csv: validated as an http(s) address and carried into reports.parquet. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { copyTiny, editFile, makeTempDir, readParquet, removeDir } from './helpers';

const DOCUMENT = 'https://example.org/reports/fra-cbd-3nr.pdf';
let input: string;
let root: string;
beforeAll(async () => {
	input = await copyTiny();
	root = await makeTempDir();
});
afterAll(async () => {
	await removeDir(input);
	await removeDir(root);
});

describe('reports.csv url', () => {
	it('is optional: without it every report has a NULL url', async () => {
		const out = path.join(root, 'without');
		expect((await runPipeline({ input, out })).ok).toBe(true);
		const reports = await readParquet(path.join(out, 'reports.parquet'));
		expect(reports.length).toBeGreaterThan(0);
		expect(reports.every((row) => row.url === null)).toBe(true);
	});

	it('is carried into reports.parquet where given', async () => {
		await editFile(input, 'reports.csv', (text) =>
			text
				.trimEnd()
				.split('\n')
				.map((line, i) => `${line},${i === 0 ? 'url' : line.startsWith('cbd,cbd-3nr,FRA,') ? DOCUMENT : ''}`)
				.join('\n')
				.concat('\n')
		);
		const out = path.join(root, 'with');
		expect((await runPipeline({ input, out })).ok).toBe(true);
		const reports = await readParquet(path.join(out, 'reports.parquet'));
		expect(reports.filter((row) => row.url !== null)).toEqual([
			{ convention_id: 'cbd', cycle_id: 'cbd-3nr', iso3: 'FRA', submitted: '2005-05-10', url: DOCUMENT }
		]);
	});
});
