/**
 * The browser host's engine on Node, for tests and the benchmark: duckdb-wasm's Node build (blocking), set up and
 * locked as the open worker sets up its own. Node only; the page never imports it.
 */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { SETUP_STATEMENTS } from '../db/connection';
import { lockEngine } from '../db/engine-lock';
import { wasmCoreEngine, type WasmConnection, type WasmCoreEngine } from './wasm-core-engine';

const require = createRequire(import.meta.url);

export async function nodeWasmCoreEngine(): Promise<WasmCoreEngine> {
	return wasmCoreEngine((await nodeWasmConnection()) as unknown as WasmConnection);
}

/** A connection to a fresh duckdb-wasm (Node build), set up and locked as the browser's engines are. */
export async function nodeWasmConnection(): Promise<duckdb.DuckDBConnection> {
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
	return conn;
}
