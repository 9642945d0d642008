/**
 * The database as the queries see it, whatever engine runs it (duckdb-wasm in the browser, its Node
 * build in tests): run a parameterised query, and make sure the tables it needs are loaded.
 */
import type { Table } from 'apache-arrow';
import type { Manifest } from '../schema';
import { parquetToArrow } from './parquet-to-arrow';
import { identifier, sql, type SqlQuery } from './sql';

/** What an engine must offer: run SQL into Arrow, and create a table from Arrow. */
export interface Engine {
	run(query: SqlQuery): Promise<Table>;
	insert(name: string, table: Table): Promise<void>;
}

export interface Db {
	readonly manifest: Manifest;
	query<T>(query: SqlQuery): Promise<T[]>;
	/** Loads the named tables (once each) from the Parquet files the manifest lists. */
	ensure(tables: readonly string[]): Promise<void>;
}

export type FileLoader = (file: string) => Promise<ArrayBuffer>;

export function createDb(engine: Engine, manifest: Manifest, loadFile: FileLoader): Db {
	const loading = new Map<string, Promise<void>>();

	function load(name: string): Promise<void> {
		const entry = manifest.tables[name];
		if (!entry) return Promise.reject(new Error(`Table "${name}" is not in manifest.json`));
		const started = loadFile(entry.file)
			.then(parquetToArrow)
			.then((table) => engine.insert(name, table));
		started.catch(() => loading.delete(name));
		return started;
	}

	return {
		manifest,
		async query<T>(query: SqlQuery) {
			const table = await engine.run(query);
			return table.toArray().map((row) => row.toJSON() as T);
		},
		async ensure(tables) {
			await Promise.all(
				tables.map((name) => {
					if (!loading.has(name)) loading.set(name, load(name));
					return loading.get(name)!;
				})
			);
		}
	};
}

/** Statements every engine runs first: never download extensions (no request leaves the origin). */
export const SETUP_STATEMENTS: SqlQuery[] = [
	sql`SET autoinstall_known_extensions = false`,
	sql`SET autoload_known_extensions = false`
];

/** Drop-and-create name used by engines when inserting; exported for tests. */
export function tableName(name: string) {
	return identifier(name);
}
