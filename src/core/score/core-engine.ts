/**
 * What the core needs of a database engine to score the validated tables and write the outputs, whatever runs it
 * (native DuckDB in the Node CLI, duckdb-wasm in the browser's worker): run SQL, read rows, create a table from
 * a validated input table, and write a table as Parquet.
 */
import type { CsvTable } from '../read/csv-table';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';
export type CoreRow = Record<string, unknown>;

export interface CoreEngine {
	/** Run a statement; `?` placeholders take `params`. */
	run(sql: string, params?: unknown[]): Promise<void>;
	rows(sql: string): Promise<CoreRow[]>;
	/** Create table `name` with the input table's columns typed as given (empty → NULL) plus `line INTEGER`. */
	insert(name: string, table: CsvTable, types: ColumnType[]): Promise<void>;
	/** Write table `name` (columns of the given types) as the output file `file`; returns its bytes. */
	writeParquet(name: string, file: string, types: ColumnType[]): Promise<Uint8Array>;
}
