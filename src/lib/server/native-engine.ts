/**
 * Native DuckDB (@duckdb/node-api) behind the queries' Engine, for build-time rendering: the same SQL
 * as the browser's duckdb-wasm, reading the Parquet files directly. A test checks both give the same numbers.
 *
 * Pages are prerendered several at a time (svelte.config.js), so the engine keeps a few connections to its one
 * database: one page's queries run in DuckDB's threads while another page renders in JavaScript, instead of
 * every query waiting for the one before it on a single connection.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import path from 'node:path';
import { createDb, SETUP_STATEMENTS, tableName, type AfterLoad, type Db, type Engine, type Row } from '../db/connection';
import { readManifestFile } from '../db/manifest-file';
import { withAnswerCache } from './answer-cache';

/** Connections per database: one per page the prerender has in flight (svelte.config.js's prerender.concurrency). */
export const BUILD_CONNECTIONS = 4;

export async function nativeEngine(folder: string, connections = BUILD_CONNECTIONS): Promise<Engine> {
	// One thread per query: a query's rows meet its sums in the same order every build (several threads may
	// add floating-point numbers in another order, and change the last digit), and the pool runs the queries
	// of several pages at once instead.
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const pool = new ConnectionPool(await Promise.all(Array.from({ length: connections }, () => openConnection(instance))));
	return {
		async run(query) {
			const reader = await pool.use((connection) => connection.runAndReadAll(query.text, query.params as DuckDBValue[]));
			return reader.getRowObjectsJS().map(plainNumbers);
		},
		async load(name, file) {
			const source = path.join(folder, file).replaceAll("'", "''");
			await pool.use((connection) => connection.run(`CREATE OR REPLACE TABLE ${tableName(name).text} AS SELECT * FROM read_parquet('${source}')`));
		}
	};
}

async function openConnection(instance: DuckDBInstance): Promise<DuckDBConnection> {
	const connection = await instance.connect();
	for (const statement of SETUP_STATEMENTS) await connection.run(statement.text);
	return connection;
}

/** Hands each statement an idle connection, or queues it until one is free (first come, first served). */
class ConnectionPool {
	private readonly idle: DuckDBConnection[];
	private readonly waiting: ((connection: DuckDBConnection) => void)[] = [];

	constructor(connections: DuckDBConnection[]) {
		this.idle = [...connections];
	}

	async use<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
		const connection = this.idle.pop() ?? (await new Promise<DuckDBConnection>((resolve) => this.waiting.push(resolve)));
		try {
			return await work(connection);
		} finally {
			const next = this.waiting.shift();
			if (next) next(connection);
			else this.idle.push(connection);
		}
	}
}

/** BIGINT results as numbers, like duckdb-wasm's castBigIntToDouble. */
function plainNumbers(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
	return out;
}

export async function openNativeDataFolder(folder: string, afterLoad?: AfterLoad): Promise<Db> {
	return createDb(withAnswerCache(await nativeEngine(folder)), await readManifestFile(folder), afterLoad);
}
