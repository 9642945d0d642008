/**
 * duckdb-wasm's Node build (blocking) behind the same Engine as the browser's, so the browser's SQL
 * runs unchanged in tests. Node only, and not inside a worker thread (the build thinks it is its own
 * worker there): build-time rendering uses the native engine instead.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToIPC } from 'apache-arrow';
import { arrowRows, createDb, SETUP_STATEMENTS, tableName, type AfterLoad, type Db, type Engine, type FileLoader } from './connection';
import { lockEngine } from './engine-lock';
import { readManifestFile } from './manifest-file';
import { parquetToArrow } from './parquet-to-arrow';

const require = createRequire(import.meta.url);

export async function nodeEngine(loadFile: FileLoader): Promise<Engine> {
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
	await lockEngine((text) => conn.query(text));
	return {
		async run(query) {
			if (query.params.length === 0) return arrowRows(conn.query(query.text));
			const statement = conn.prepare(query.text);
			try {
				return arrowRows(statement.query(...query.params));
			} finally {
				statement.close();
			}
		},
		async load(name, file) {
			const table = await parquetToArrow(await loadFile(file));
			conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			// Serialise with this module's Arrow: the CJS build's own Arrow copy does not recognise our Table.
			conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
		}
	};
}

/** A Db over a pipeline output folder (manifest.json + Parquet files), the browser's way. */
export async function openDataFolder(folder: string, afterLoad?: AfterLoad): Promise<Db> {
	const manifest = await readManifestFile(folder);
	const engine = await nodeEngine(async (file) => {
		const bytes = await readFile(path.join(folder, file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
	return createDb(engine, manifest, afterLoad);
}
