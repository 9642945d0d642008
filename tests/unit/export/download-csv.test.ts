/**
 * The Download page's CSV files, written at build time by /download/csv/[table].csv, on a real pipeline output
 * whose country name is a spreadsheet formula: the file neutralises it, keeps numbers as numbers and follows
 * the site's one CSV format (BOM, CRLF). While the user's data is open, the page writes them in the browser from
 * the opened Parquet (table-csv.ts): the same bytes as the build's, table by table.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetToCsv } from '../../../src/lib/export/table-csv';
import type { Manifest } from '../../../src/lib/schema';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { copyTiny, editFile, removeDir } from '../pipeline/helpers';

const HOSTILE = '=HYPERLINK("http://x","y")';
let input: string;
let site: string;
let previousStaticDir: string | undefined;

beforeAll(async () => {
	input = await copyTiny();
	await editFile(input, 'countries.csv', (text) => text.replace('KEN,Kenya,', `KEN,"${HOSTILE.replaceAll('"', '""')}",`));
	site = path.join(path.dirname(input), 'static');
	const result = await runPipeline({ input, out: path.join(site, 'data') });
	expect(result.ok, JSON.stringify(result)).toBe(true);
	previousStaticDir = process.env.STATIC_DIR;
	process.env.STATIC_DIR = site;
}, 120_000);

afterAll(async () => {
	if (previousStaticDir === undefined) delete process.env.STATIC_DIR;
	else process.env.STATIC_DIR = previousStaticDir;
	await removeDir(path.dirname(input));
});

async function download(table: string): Promise<string> {
	const { GET } = await import('../../../src/routes/download/csv/[table].csv/+server');
	const response = await (GET as (event: { params: { table: string } }) => Promise<Response>)({ params: { table } });
	expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

describe('/download/csv/<table>.csv', () => {
	it('neutralises a formula in a country name, and keeps the name readable', async () => {
		const csv = await download('countries');
		expect(csv.startsWith('\ufeffiso3,name,region,subregion\r\n')).toBe(true);
		expect(csv).toContain(`\r\nKEN,"'=HYPERLINK(""http://x"",""y"")",Africa,Sub-Saharan Africa\r\n`);
		expect(csv).not.toMatch(/(^|,)"?=/m);
	});

	it('writes numbers as numbers', async () => {
		const csv = await download('status');
		const [header, ...lines] = csv.replace('\ufeff', '').trimEnd().split('\r\n');
		const score = header.split(',').indexOf('score');
		expect(score).toBeGreaterThanOrEqual(0);
		const scores = lines.map((line) => line.split(',')[score]).filter(Boolean);
		expect(scores.length).toBeGreaterThan(0);
		for (const value of scores) expect(value).toMatch(/^-?\d+(\.\d+)?$/);
	});

	it('in the browser, from the Parquet files, is the very file the build writes, for every table', async () => {
		const manifest = JSON.parse(await readFile(path.join(site, 'data/manifest.json'), 'utf8')) as Manifest;
		const tables = Object.entries(manifest.tables);
		expect(tables.length).toBeGreaterThan(10);
		for (const [table, entry] of tables) {
			const bytes = new Uint8Array(await readFile(path.join(site, 'data', entry.file)));
			expect(await parquetToCsv(bytes, entry.columns), table).toBe(await download(table));
		}
	});
});
