/** Independent read-back of the pipeline's Parquet with native DuckDB, for comparing with what pages show. */
import { DuckDBInstance } from '@duckdb/node-api';

export async function queryParquetFolder<T = Record<string, unknown>>(folder: string, sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const views = ['status', 'cycles', 'conventions', 'reports', 'parties', 'countries'];
		for (const view of views) {
			await connection.run(`CREATE VIEW ${view} AS SELECT * FROM read_parquet('${folder}/${view}.parquet')`);
		}
		const reader = await connection.runAndReadAll(sql);
		return reader.getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
	}
}
