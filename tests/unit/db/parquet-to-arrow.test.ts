/**
 * Parquet → Arrow in JS, checked against native DuckDB's own Parquet writer: strings (with nulls and non-ASCII),
 * booleans, integers and doubles come back as written — without compiling code at run time (the site's CSP has
 * no 'unsafe-eval', and Arrow's builders call `new Function`).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetToArrow } from '../../../src/lib/db/parquet-to-arrow';

let dir: string;
let buffer: ArrayBuffer;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'parquet-to-arrow-'));
	const file = path.join(dir, 't.parquet');
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run(`COPY (SELECT * FROM (VALUES
		('Kenya', true, 1, 0.5), (NULL, false, NULL, NULL), ('Côte d’Ivoire', NULL, -3, -0.25), ('Kenya', true, 7, 1e6)
	) AS t(name, flag, n, x)) TO '${file}' (FORMAT parquet)`);
	connection.closeSync();
	const bytes = await readFile(file);
	buffer = new Uint8Array(bytes).buffer;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parquetToArrow', () => {
	it('gives back every value, nulls included, without new Function', async () => {
		const original = globalThis.Function;
		globalThis.Function = new Proxy(original, {
			construct() {
				throw new EvalError('code generation refused (as under the CSP)');
			},
			apply() {
				throw new EvalError('code generation refused (as under the CSP)');
			}
		});
		let table;
		try {
			table = await parquetToArrow(buffer);
		} finally {
			globalThis.Function = original;
		}
		expect(table.toArray().map((row) => ({ ...row.toJSON() }))).toEqual([
			{ name: 'Kenya', flag: true, n: 1, x: 0.5 },
			{ name: null, flag: false, n: null, x: null },
			{ name: 'Côte d’Ivoire', flag: null, n: -3, x: -0.25 },
			{ name: 'Kenya', flag: true, n: 7, x: 1e6 }
		]);
	});
});
