/**
 * duckdb-wasm's Node build (blocking), started as the browser's engines are: results cast (no BigInt), set up and
 * locked. The one start of the engines on Node: node-engine.ts (the pages' SQL in tests) and
 * open/node-wasm-engine.ts (the open worker's core in tests and the bench). Node only; the page never imports it.
 */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { SETUP_STATEMENTS } from './connection';
import { lockEngine } from './engine-lock';

const require = createRequire(import.meta.url);
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

/** A connection to a fresh duckdb-wasm (Node build), set up and locked as the browser's engines are. */
export async function nodeWasmConnection(): Promise<duckdb.DuckDBConnection> {
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = db.connect();
	for (const statement of SETUP_STATEMENTS) conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	return conn;
}
