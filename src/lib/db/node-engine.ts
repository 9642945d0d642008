/**
 * duckdb-wasm's Node build (blocking) behind the same Engine as the browser's, so the browser's SQL
 * runs unchanged in tests. Node only, and not inside a worker thread (the build thinks it is its own
 * worker there): build-time rendering uses the native engine instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { arrowRows, createDb, tableName, type AfterLoad, type Db, type Engine, type FileLoader } from './connection';
import { readManifestFile } from './manifest-file';
import { nodeWasmConnection } from './node-duckdb-wasm';
import { parquetToArrow } from './parquet-to-arrow';

export async function nodeEngine(loadFile: FileLoader): Promise<Engine> {
	const conn = await nodeWasmConnection();
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
