/** Adapts a duckdb-wasm async connection (browser worker) to the Engine the queries use. */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowRows, SETUP_STATEMENTS, tableName, type Engine, type FileLoader } from './connection';
import { parquetToArrow } from './parquet-to-arrow';

export async function asyncEngine(conn: AsyncDuckDBConnection, loadFile: FileLoader): Promise<Engine> {
	for (const statement of SETUP_STATEMENTS) await conn.query(statement.text);
	return {
		async run(query) {
			if (query.params.length === 0) return arrowRows(await conn.query(query.text));
			const statement = await conn.prepare(query.text);
			try {
				return arrowRows(await statement.query(...query.params));
			} finally {
				await statement.close();
			}
		},
		async load(name, file) {
			const table = await parquetToArrow(await loadFile(file));
			await conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			await conn.insertArrowTable(table, { name, create: true });
		}
	};
}
