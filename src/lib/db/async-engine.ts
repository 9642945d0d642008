/** Adapts a duckdb-wasm async connection (browser worker) to the Engine the queries use. */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { SETUP_STATEMENTS, tableName, type Engine } from './connection';
import type { SqlQuery } from './sql';

export async function asyncEngine(conn: AsyncDuckDBConnection): Promise<Engine> {
	for (const statement of SETUP_STATEMENTS) await conn.query(statement.text);
	return {
		async run(query: SqlQuery): Promise<Table> {
			if (query.params.length === 0) return conn.query(query.text);
			const statement = await conn.prepare(query.text);
			try {
				return await statement.query(...query.params);
			} finally {
				await statement.close();
			}
		},
		async insert(name: string, table: Table) {
			await conn.query(`DROP TABLE IF EXISTS ${tableName(name).text}`);
			await conn.insertArrowTable(table, { name, create: true });
		}
	};
}
