/**
 * Native DuckDB (@duckdb/node-api) behind the queries' Engine, for build-time rendering: the same SQL
 * as the browser's duckdb-wasm, reading the Parquet files directly. A test checks both give the same numbers.
 */
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import path from 'node:path';
import { createDb, SETUP_STATEMENTS, tableName, type AfterLoad, type Db, type Engine, type Row } from '../db/connection';
import { readManifestFile } from '../db/manifest-file';

export async function nativeEngine(folder: string): Promise<Engine> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	for (const statement of SETUP_STATEMENTS) await connection.run(statement.text);
	return {
		async run(query) {
			const reader = await connection.runAndReadAll(query.text, query.params as DuckDBValue[]);
			return reader.getRowObjectsJS().map(plainNumbers);
		},
		async load(name, file) {
			const source = path.join(folder, file).replaceAll("'", "''");
			await connection.run(`CREATE OR REPLACE TABLE ${tableName(name).text} AS SELECT * FROM read_parquet('${source}')`);
		}
	};
}

/** BIGINT results as numbers, like duckdb-wasm's castBigIntToDouble. */
function plainNumbers(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
	return out;
}

export async function openNativeDataFolder(folder: string, afterLoad?: AfterLoad): Promise<Db> {
	return createDb(await nativeEngine(folder), await readManifestFile(folder), afterLoad);
}
