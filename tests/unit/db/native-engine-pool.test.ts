/**
 * The build-time engine's connections (src/lib/server/native-engine.ts): pages prerendered side by side share
 * one database through a few connections, and a statement waits for a free one.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/lib/db/sql';
import { nativeEngine } from '../../../src/lib/server/native-engine';
import { makeTempDir, removeDir } from '../pipeline/helpers';

let dir: string;

beforeAll(async () => {
	dir = await makeTempDir('native-pool-');
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run(`COPY (SELECT range AS n FROM range(10)) TO '${path.join(dir, 'numbers.parquet')}' (FORMAT parquet)`);
});
afterAll(() => removeDir(dir));

describe('build-time engine: a pool of connections', () => {
	it('answers more statements at once than it has connections, each with its own rows', async () => {
		const engine = await nativeEngine(dir, 1);
		const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => engine.run(sql`SELECT ${n} * 10 AS value`)));
		expect(answers.map(([row]) => row.value)).toEqual([10, 20, 30, 40, 50]);
	});

	it('a table loaded through one connection is read through the others', async () => {
		const engine = await nativeEngine(dir, 3);
		await engine.load('numbers', 'numbers.parquet');
		const sums = await Promise.all([0, 1, 2].map(() => engine.run(sql`SELECT sum(n) AS total, count(*) AS rows FROM numbers`)));
		expect(sums.map(([row]) => row)).toEqual([0, 1, 2].map(() => ({ total: 45, rows: 10 })));
	});

	it('a failed statement gives its connection back', async () => {
		const engine = await nativeEngine(dir, 1);
		await expect(engine.run(sql`SELECT * FROM no_such_table`)).rejects.toThrow(/no_such_table/);
		await expect(engine.run(sql`SELECT 7 AS value`)).resolves.toEqual([{ value: 7 }]);
	});
});
