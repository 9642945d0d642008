/**
 * The database as the queries see it, whatever engine runs it (duckdb-wasm in the browser and in tests,
 * native DuckDB at build time): run a parameterised query, and make sure the tables it needs are loaded.
 */
import type { Table } from 'apache-arrow';
import type { Manifest } from '../schema';
import { identifier, sql, type SqlQuery } from './sql';

export type Row = Record<string, unknown>;

/** What an engine must offer: run SQL into plain rows, and load a table from its Parquet file. */
export interface Engine {
	run(query: SqlQuery): Promise<Row[]>;
	load(name: string, file: string): Promise<void>;
	/** The named tables are wanted now: load them before the others still waiting, if any (see insert-queue.ts). */
	prioritise?(tables: readonly string[]): void;
}

export interface Db {
	readonly manifest: Manifest;
	query<T>(query: SqlQuery): Promise<T[]>;
	/** Loads the named tables (once each) from the Parquet files the manifest lists. */
	ensure(tables: readonly string[]): Promise<void>;
	/** Loads table `name` (once) from `file`, a file the manifest lists elsewhere (e.g. a part of a table: `partitions`). */
	ensureFile(name: string, file: string): Promise<void>;
}

/** Statements to run on a table right after it is loaded (e.g. its labels in the page's language). */
export type AfterLoad = (table: string) => SqlQuery[];

export function createDb(engine: Engine, manifest: Manifest, afterLoad: AfterLoad = () => []): Db {
	const loading = new Map<string, Promise<void>>();

	async function loadAndPrepare(name: string, file: string): Promise<void> {
		const started = performance.now();
		await engine.load(name, file);
		const loaded = performance.now();
		for (const statement of afterLoad(name)) await engine.run(statement);
		// In the browser, the timeline shows each table's load (e.g. in `npm run bench`'s breakdown).
		if (typeof document !== 'undefined') {
			performance.measure(`table ${name}: load`, { start: started, end: loaded });
			performance.measure(`table ${name}: labels`, { start: loaded, end: performance.now() });
		}
	}

	function once(name: string, file: () => string | undefined): Promise<void> {
		if (!loading.has(name)) {
			const found = file();
			const started = found === undefined ? Promise.reject(new Error(`Table "${name}" is not in manifest.json`)) : loadAndPrepare(name, found);
			started.catch(() => loading.delete(name));
			loading.set(name, started);
		}
		return loading.get(name)!;
	}

	return {
		manifest,
		async query<T>(query: SqlQuery) {
			return (await engine.run(query)) as T[];
		},
		async ensure(tables) {
			const loaded = Promise.all(tables.map((name) => once(name, () => manifest.tables[name]?.file)));
			engine.prioritise?.(tables);
			await loaded;
		},
		ensureFile(name, file) {
			const loaded = once(name, () => file);
			engine.prioritise?.([name]);
			return loaded;
		}
	};
}

/** Statements every engine runs first: never download extensions (no request leaves the origin). */
export const SETUP_STATEMENTS: SqlQuery[] = [sql`SET autoinstall_known_extensions = false`, sql`SET autoload_known_extensions = false`];

/** A table name as SQL, for the DROP before an engine creates a table. */
export function tableName(name: string) {
	return identifier(name);
}

/** Arrow results as plain rows (BigInt already cast to double by the engines' query config). */
export function arrowRows(table: Table): Row[] {
	return table.toArray().map((row) => row.toJSON() as Row);
}

export type FileLoader = (file: string) => Promise<ArrayBuffer>;
