/**
 * Build one output table in DuckDB and write it as SNAPPY Parquet. Its columns must be exactly the contract's,
 * in order, and only VARCHAR, INTEGER or DOUBLE (what the browser's hyparquet → Arrow mapping expects).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import path from 'node:path';
import type { OutputQuery } from './sql';

export interface WrittenTable {
	name: string;
	file: string;
	path: string;
	rows: number;
	columns: string[];
}

const ALLOWED_TYPES = new Set(['VARCHAR', 'INTEGER', 'DOUBLE']);

export async function buildAndWriteTable(connection: DuckDBConnection, query: OutputQuery, dir: string): Promise<WrittenTable> {
	const table = `out_${query.name}`;
	await connection.run(`CREATE TABLE ${table} AS ${query.sql}`);
	const columns = await checkShape(connection, table, query);

	const file = `${query.name}.parquet`;
	const target = path.join(dir, file);
	await connection.run(`COPY ${table} TO ${sqlString(target)} (FORMAT parquet, COMPRESSION snappy)`);
	const counted = await connection.runAndReadAll(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`);
	return { name: query.name, file, path: target, rows: counted.getRowsJS()[0][0] as number, columns };
}

async function checkShape(connection: DuckDBConnection, table: string, query: OutputQuery): Promise<string[]> {
	const described = await connection.runAndReadAll(`DESCRIBE ${table}`);
	const shape = described.getRowObjectsJS().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
	const names = shape.map((column) => column.name);
	if (names.join(',') !== query.columns.join(','))
		throw new Error(`output ${query.name} has columns ${names.join(', ')}; the contract says ${query.columns.join(', ')}`);
	const wrongType = shape.find((column) => !ALLOWED_TYPES.has(column.type));
	if (wrongType) throw new Error(`output ${query.name}.${wrongType.name} is ${wrongType.type}; only VARCHAR, INTEGER, DOUBLE are written`);
	return names;
}

function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}
