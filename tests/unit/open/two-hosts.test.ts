/**
 * One core, two hosts: the tiny fixture through `npm run data`'s host (native DuckDB, Parquet by DuckDB) and
 * through the browser's (duckdb-wasm, Parquet by hyparquet-writer) gives the same tables, row for row and value
 * for value, with the same Parquet types, the same manifest fields and the same tables as the app loads them; the
 * Arrow IPC the browser host hands to the page holds the same rows and values as its Parquet.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetToArrow } from '../../../src/lib/db/parquet-to-arrow';
import type { OpenResult } from '../../../src/lib/open/open-types';
import type { Manifest } from '../../../src/lib/schema';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeTempDir, readParquet, removeDir, TINY } from '../pipeline/helpers';
import { folderAsChosen, openInNode } from './wasm-host';
import { nodeWasmConnection } from '../../../src/lib/db/node-duckdb-wasm';

let root: string;
let cliOut: string;
let browserOut: string;
let cliManifest: Manifest;
let opened: Extract<OpenResult, { ok: true }>;

beforeAll(async () => {
	root = await makeTempDir();
	cliOut = path.join(root, 'cli');
	browserOut = path.join(root, 'browser');
	const cli = await runPipeline({ input: TINY, out: cliOut });
	if (!cli.ok) throw new Error(cli.problems.join('\n'));
	cliManifest = cli.manifest;
	const result = await openInNode(await folderAsChosen(TINY));
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.text).join('\n'));
	opened = result;
	const { mkdir } = await import('node:fs/promises');
	await mkdir(browserOut);
	for (const [file, bytes] of Object.entries(opened.tables)) await writeFile(path.join(browserOut, file), bytes);
}, 120_000);
afterAll(() => removeDir(root));

describe('the core on both hosts over the tiny fixture', () => {
	it('writes the same tables, files, row counts and columns', () => {
		const shape = (manifest: Manifest) => Object.entries(manifest.tables).map(([name, table]) => [name, table.file, table.rows, table.columns]);
		expect(shape(opened.manifest)).toEqual(shape(cliManifest));
		expect(Object.keys(opened.tables).sort()).toEqual(
			Object.values(cliManifest.tables)
				.map((table) => table.file)
				.sort()
		);
	});

	it('gives every table the same rows, in the same order, with the same values', async () => {
		for (const { file } of Object.values(cliManifest.tables)) {
			const cli = await readParquet(path.join(cliOut, file));
			const browser = await readParquet(path.join(browserOut, file));
			expect(browser, file).toEqual(cli);
		}
	});

	it('writes the same Parquet column types (physical, converted, optional)', async () => {
		for (const { file } of Object.values(cliManifest.tables)) {
			const schema = (dir: string) =>
				readParquetSql(
					`SELECT name, type, converted_type, repetition_type FROM parquet_schema('${path.join(dir, file)}') WHERE num_children IS NULL OR num_children = 0`
				);
			expect(await schema(browserOut), file).toEqual(await schema(cliOut));
		}
	});

	it('gives the same tables as the dashboard loads them (hyparquet → Arrow)', async () => {
		for (const { file } of Object.values(cliManifest.tables)) {
			const arrow = async (bytes: Uint8Array) =>
				(await parquetToArrow(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)).toArray().map((row) => row.toJSON());
			expect(await arrow(opened.tables[file]), file).toEqual(await arrow(new Uint8Array(await readFile(path.join(cliOut, file)))));
		}
	});

	it('hands every table to the page as Arrow IPC with the same rows and values as its Parquet', async () => {
		const { tableFromIPC } = await import('apache-arrow');
		expect(Object.keys(opened.arrow ?? {}).sort()).toEqual(Object.keys(opened.tables).sort());
		for (const [file, bytes] of Object.entries(opened.tables)) {
			const fromParquet = (await parquetToArrow(bytes.slice().buffer as ArrayBuffer)).toArray().map((row) => row.toJSON());
			const fromArrow = tableFromIPC(opened.arrow![file]);
			expect(
				fromArrow.schema.fields.map((field) => field.name),
				file
			).toEqual(opened.manifest.tables[file.replace('.parquet', '')].columns);
			expect(
				fromArrow.toArray().map((row) => row.toJSON()),
				file
			).toEqual(fromParquet);
		}
	});

	it('hands over Arrow that an engine inserts as it is, giving the same table as its Parquet', async () => {
		const conn = await nodeWasmConnection();
		for (const [file, bytes] of Object.entries(opened.tables)) {
			const name = file.replace('.parquet', '');
			conn.insertArrowFromIPCStream(opened.arrow![file], { name, create: true });
			const inserted = conn
				.query(`SELECT * FROM "${name}"`)
				.toArray()
				.map((row) => row.toJSON());
			const fromParquet = (await parquetToArrow(bytes.slice().buffer as ArrayBuffer)).toArray().map((row) => row.toJSON());
			expect(inserted, file).toEqual(fromParquet);
			expect(inserted.length, file).toBe(opened.manifest.tables[name].rows);
		}
	});

	it('states the same sample flag, vintage, data date and kinds of source', () => {
		const fields = (manifest: Manifest) => ({
			sample: manifest.sample,
			notice: manifest.notice,
			vintage: manifest.vintage,
			as_of: manifest.as_of,
			kinds: manifest.sources.map((source) => source.kind)
		});
		expect(fields(opened.manifest)).toEqual(fields(cliManifest));
		expect(opened.manifest.input).toBe('tiny');
	});

	it('checksums each table it hands over', async () => {
		const { sha256Hex } = await import('../../../src/core/write/manifest');
		for (const table of Object.values(opened.manifest.tables)) {
			expect(opened.tables[table.file].length).toBe(table.bytes);
			expect(await sha256Hex(opened.tables[table.file])).toBe(table.sha256);
		}
	});

	it('times each step', () => {
		for (const step of ['read', 'validate', 'score', 'load'] as const) expect(opened.timings[step]).toBeGreaterThan(0);
	});
});

async function readParquetSql(sql: string): Promise<Record<string, unknown>[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
