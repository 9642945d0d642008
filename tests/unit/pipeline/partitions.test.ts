/**
 * The pipeline also writes the responses per country (responses/<ISO3>.parquet, for the evidence dialog): together
 * the parts hold exactly the rows of responses.parquet, each part only its country's, and manifest.json lists every
 * part with its rows, size and checksum.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/schema';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, readParquet, removeDir, TINY, type Row } from './helpers';

let root: string;
let out: string;
let manifest: Manifest;
beforeAll(async () => {
	root = await makeTempDir();
	out = path.join(root, 'data');
	const result = await runPipeline({ input: TINY, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
	manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
});
afterAll(() => removeDir(root));

const key = (row: Row) => JSON.stringify(row);
const parts = () => Object.entries(manifest.partitions!.responses.parts);

it('lists one part per country that has responses, split by iso3, and nothing else in responses/', async () => {
	const whole = await readParquet(path.join(out, 'responses.parquet'));
	const countries = [...new Set(whole.map((row) => row.iso3 as string))].sort();
	expect(countries.length).toBeGreaterThan(1);
	expect(manifest.partitions!.responses.column).toBe('iso3');
	expect(parts().map(([iso3]) => iso3)).toEqual(countries);
	expect(parts().map(([, part]) => part.file)).toEqual(countries.map((iso3) => `responses/${iso3}.parquet`));
	expect((await readdir(path.join(out, 'responses'))).sort()).toEqual(countries.map((iso3) => `${iso3}.parquet`));
});

it('the parts together hold exactly the rows of responses.parquet, each only its own country’s', async () => {
	const whole = await readParquet(path.join(out, 'responses.parquet'));
	const fromParts: Row[] = [];
	for (const [iso3, part] of parts()) {
		const rows = await readParquet(path.join(out, part.file));
		expect(rows.length, iso3).toBeGreaterThan(0);
		expect(
			rows.every((row) => row.iso3 === iso3),
			iso3
		).toBe(true);
		expect(rows, `${iso3}: its rows in the whole table's order`).toEqual(whole.filter((row) => row.iso3 === iso3));
		fromParts.push(...rows);
	}
	expect(fromParts.map(key).sort()).toEqual(whole.map(key).sort());
});

it('manifest.json gives each part its row count, size and checksum', async () => {
	let total = 0;
	for (const [iso3, part] of parts()) {
		const bytes = await readFile(path.join(out, part.file));
		expect(part.rows, iso3).toBe((await readParquet(path.join(out, part.file))).length);
		expect(part.bytes, iso3).toBe(bytes.length);
		expect(part.sha256, iso3).toBe(createHash('sha256').update(bytes).digest('hex'));
		total += part.rows;
	}
	expect(total).toBe(manifest.tables.responses.rows);
});
