/** Adapts a duckdb-wasm async connection (browser worker) to the Engine the queries use. */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { arrowRows, SETUP_STATEMENTS, tableName, type Engine, type FileLoader } from './connection';
import { openedArrowFile } from './data-files';
import { lockEngine } from './engine-lock';
import { parquetToArrow } from './parquet-to-arrow';

/**
 * The browser's engine also takes a table already decoded (decoding needs no engine, so it can start earlier), or
 * as Arrow IPC stream bytes, inserted as they are (the user's opened data, handed over so by the open worker).
 */
export interface BrowserEngine extends Engine {
	insert(name: string, table: Table): Promise<void>;
	insertIPC(name: string, bytes: Uint8Array): Promise<void>;
}

export async function asyncEngine(conn: AsyncDuckDBConnection, loadFile: FileLoader): Promise<BrowserEngine> {
	for (const statement of SETUP_STATEMENTS) await conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	// A page asks the same questions with other values: prepare each text once (one worker round trip per query).
	const prepared = new Map<string, ReturnType<AsyncDuckDBConnection['prepare']>>();
	const statementFor = (text: string) => {
		let statement = prepared.get(text);
		if (!statement) {
			statement = conn.prepare(text);
			statement.catch(() => prepared.delete(text));
			prepared.set(text, statement);
		}
		return statement;
	};
	const engine: BrowserEngine = {
		async run(query) {
			if (query.params.length === 0) return arrowRows(await conn.query(query.text));
			return arrowRows(await (await statementFor(query.text)).query(...query.params));
		},
		async load(name, file) {
			// The user's opened data is read as the Arrow the opening handed over (its Parquet may still be being written).
			const arrow = await openedArrowFile(file);
			if (arrow) return engine.insertIPC(name, arrow);
			await engine.insert(name, await parquetToArrow(await loadFile(file)));
		},
		async insert(name, table) {
			await conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			await conn.insertArrowTable(table, { name, create: true });
		},
		async insertIPC(name, bytes) {
			await conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			// duckdb-wasm transfers the buffer to its worker: a copy, so that the caller's bytes stay usable.
			await conn.insertArrowFromIPCStream(bytes.slice(), { name, create: true });
		}
	};
	return engine;
}
