/**
 * The browser host writes its output tables as Parquet from duckdb-wasm's Arrow results (wasm-core-engine.ts): text
 * is decoded a record batch at a time, so every value must come back as it was across batches, with NULLs, empty
 * strings, non-ASCII text (a batch that is not all ASCII), and numbers with and without NULLs.
 */
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { nodeWasmCoreEngine } from '../../../src/lib/open/node-wasm-engine';

const ROWS = 5000;

describe('the browser host writes Parquet', () => {
	it('with every value of every record batch as it was', async () => {
		const engine = await nodeWasmCoreEngine();
		// Rows past 3,000 are in batches with non-ASCII text; every 7th text is NULL, every 11th empty.
		await engine.run(`CREATE TABLE t AS SELECT
			CASE WHEN i % 7 = 0 THEN NULL WHEN i % 11 = 0 THEN '' WHEN i > 3000 THEN 'Côte d’Ivoire ' || i ELSE 'KEN-' || i END AS name,
			CAST(i AS INTEGER) AS n,
			CASE WHEN i % 5 = 0 THEN NULL ELSE i / 4 END AS x
			FROM range(${ROWS}) r(i) ORDER BY i`);
		const bytes = await engine.writeParquet('t', 't.parquet', ['VARCHAR', 'INTEGER', 'DOUBLE']);
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		const rows = await parquetReadObjects({ file });
		const expected = Array.from({ length: ROWS }, (_, i) => ({
			name: i % 7 === 0 ? null : i % 11 === 0 ? '' : i > 3000 ? `Côte d’Ivoire ${i}` : `KEN-${i}`,
			n: i,
			x: i % 5 === 0 ? null : i / 4
		}));
		expect(rows.map((row) => ({ ...row, name: row.name ?? null, x: row.x ?? null }))).toEqual(expected);
	});
});
