/**
 * The open worker hands the scored tables over as Arrow first and writes their Parquet next: `scoreInput` gives the
 * Arrow and a manifest whose tables have no bytes yet; `writeOpenedParquet` turns them into the same Parquet files
 * and manifest as the whole opening at once, also on a fresh engine (data whose page was closed before its Parquet
 * was written). The tiny fixture, duckdb-wasm's Node build.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmCoreEngine } from '../../../src/lib/open/node-wasm-engine';
import { scoreInput } from '../../../src/lib/open/open-input';
import type { OpenResult } from '../../../src/lib/open/open-types';
import { writeOpenedParquet } from '../../../src/lib/open/write-opened-parquet';
import { TINY } from '../pipeline/helpers';
import { folderAsChosen, openInNode } from './wasm-host';

type Opened = Extract<OpenResult, { ok: true }>;
let scored: Opened;
let whole: Opened;

const ok = (result: OpenResult): Opened => {
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.text).join('\n'));
	return result;
};

beforeAll(async () => {
	scored = ok(await scoreInput(await folderAsChosen(TINY), { engine: nodeWasmCoreEngine }));
	whole = ok(await openInNode(await folderAsChosen(TINY)));
}, 120_000);

describe('the Parquet after the Arrow', () => {
	it('is pending after scoring: Arrow for every table, no Parquet, no bytes or checksum in the manifest', () => {
		expect(scored.parquetPending).toBe(true);
		expect(scored.tables).toEqual({});
		const files = Object.values(scored.manifest.tables).map((table) => table.file);
		expect(Object.keys(scored.arrow ?? {}).sort()).toEqual([...files].sort());
		expect(files).toContain('status.parquet');
		for (const table of Object.values(scored.manifest.tables)) expect(table.bytes, table.file).toBe(0);
		// The rest of the manifest is already the whole opening's.
		const { built_at: _a, tables: pendingTables, ...pending } = scored.manifest;
		const { built_at: _b, tables: wholeTables, ...complete } = whole.manifest;
		expect(pending).toEqual(complete);
		const shape = (tables: Opened['manifest']['tables']) => Object.entries(tables).map(([name, t]) => [name, t.file, t.rows, t.columns]);
		expect(shape(pendingTables)).toEqual(shape(wholeTables));
	});

	it('is written from the Arrow alone on a fresh engine, byte for byte the whole opening’s, with its manifest', async () => {
		const written = await writeOpenedParquet(await nodeWasmCoreEngine(), scored.manifest, scored.arrow!);
		expect(whole.parquetPending).toBe(false);
		expect(Object.keys(written.tables).sort()).toEqual(Object.keys(whole.tables).sort());
		for (const [file, bytes] of Object.entries(whole.tables)) expect(Buffer.from(written.tables[file]).equals(Buffer.from(bytes)), file).toBe(true);
		expect(written.manifest.tables).toEqual(whole.manifest.tables);
		expect(written.manifest.built_at).toBe(scored.manifest.built_at);
		for (const table of Object.values(written.manifest.tables)) expect(table.bytes, table.file).toBe(written.tables[table.file].length);
	}, 120_000);
});
