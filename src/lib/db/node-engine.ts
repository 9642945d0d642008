/**
 * duckdb-wasm's Node build (blocking) behind the same Engine as the browser's, so the browser's SQL
 * runs unchanged in tests and at build time. Node only.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToIPC } from 'apache-arrow';
import type { Manifest } from '../schema';
import { createDb, SETUP_STATEMENTS, tableName, type Db, type Engine } from './connection';

const require = createRequire(import.meta.url);

export async function nodeEngine(): Promise<Engine> {
	const bundles = {
		mvp: {
			mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
			mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
			mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = db.connect();
	for (const statement of SETUP_STATEMENTS) conn.query(statement.text);
	return {
		async run(query) {
			if (query.params.length === 0) return conn.query(query.text);
			const statement = conn.prepare(query.text);
			try {
				return statement.query(...query.params);
			} finally {
				statement.close();
			}
		},
		async insert(name, table) {
			conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			// Serialise with this module's Arrow: the CJS build's own Arrow copy does not recognise our Table.
			conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
		}
	};
}

/** A Db over a pipeline output folder (manifest.json + Parquet files). */
export async function openDataFolder(folder: string): Promise<Db> {
	const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
	return createDb(await nodeEngine(), manifest, async (file) => {
		const bytes = await readFile(path.join(folder, file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
}
