/**
 * The SQL console's own duckdb-wasm, in a worker of its own: the same locked start-up and the same tables
 * (labelled in the page's language) as the dashboard's engine, plus the console views. User SQL runs on a
 * second connection of this engine, never on the dashboard's, so nothing it does can change what the other
 * pages show, and a query that will not stop can be ended by terminating this worker alone.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asyncEngine } from '../db/async-engine';
import { createDb } from '../db/connection';
import { fetchDataFile } from '../db/data-files';
import { getCatalogue } from '../i18n';
import { localiseTable } from '../db/localise-tables';
import { CONSOLE_VIEWS, createViewSql } from '../queries/sql-console/views';
import type { Manifest } from '../schema';

export interface ColumnInfo {
	name: string;
	type: string;
}

export interface ConsoleTable {
	name: string;
	kind: 'table' | 'view';
	/** From the manifest (tables only). */
	rows: number | null;
	columns: ColumnInfo[];
}

export interface ConsoleEngine {
	/** The connection user SQL runs on. */
	connection: AsyncDuckDBConnection;
	tables: ConsoleTable[];
	terminate(): Promise<void>;
}

export async function startConsoleEngine(manifest: Manifest): Promise<ConsoleEngine> {
	// Imported on demand, as the dashboard's client does: the engine's code stays out of the page's first load.
	const { openBrowserDatabase } = await import('../db/browser-engine');
	const database: AsyncDuckDB = await openBrowserDatabase();
	try {
		const loader = await database.connect();
		const catalogue = getCatalogue();
		const db = createDb(await asyncEngine(loader, fetchDataFile), manifest, (table) => localiseTable(table, catalogue));
		const names = Object.keys(manifest.tables);
		await db.ensure(names);
		const views = CONSOLE_VIEWS.filter((view) => view.reads.every((table) => names.includes(table)));
		for (const view of views) await loader.query(createViewSql(view));
		const described = await loader.query(
			`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`
		);
		const columns = new Map<string, ColumnInfo[]>();
		for (const row of described.toArray()) {
			const { table_name, column_name, data_type } = row.toJSON() as Record<string, string>;
			if (!columns.has(table_name)) columns.set(table_name, []);
			columns.get(table_name)!.push({ name: column_name, type: data_type });
		}
		const tables: ConsoleTable[] = [
			...names.map((name) => ({ name, kind: 'table' as const, rows: manifest.tables[name].rows, columns: columns.get(name) ?? [] })),
			...views.map((view) => ({ name: view.name, kind: 'view' as const, rows: null, columns: columns.get(view.name) ?? [] }))
		];
		return { connection: await database.connect(), tables, terminate: () => database.terminate() };
	} catch (error) {
		await database.terminate();
		throw error;
	}
}
