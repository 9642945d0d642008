/**
 * Load the validated tables into DuckDB: one table per input file with the contract's columns (empty → NULL,
 * numbers typed) plus `line`, the row's line in its file, which keeps the file order for the outputs.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { CsvTable } from './csv-table';
import type { TableName } from './input-spec';
import type { Tables } from './validation-context';

type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

const TYPED_COLUMNS: Partial<Record<TableName, Record<string, ColumnType>>> = {
	cycles: { year: 'INTEGER' },
	scales: { score: 'DOUBLE' },
	indicator_values: { year: 'INTEGER', value: 'DOUBLE' }
};

const APPEND: Record<ColumnType, (appender: DuckDBAppender, value: string) => void> = {
	VARCHAR: (appender, value) => appender.appendVarchar(value),
	INTEGER: (appender, value) => appender.appendInteger(Number(value)),
	DOUBLE: (appender, value) => appender.appendDouble(Number(value))
};

export async function loadTables(connection: DuckDBConnection, tables: Tables): Promise<void> {
	for (const [name, table] of Object.entries(tables) as [TableName, CsvTable][]) {
		await loadTable(connection, name, table);
	}
}

async function loadTable(connection: DuckDBConnection, name: TableName, table: CsvTable): Promise<void> {
	const types = table.columns.map((column) => TYPED_COLUMNS[name]?.[column] ?? 'VARCHAR');
	const definitions = table.columns.map((column, i) => `"${column}" ${types[i]}`);
	await connection.run(`CREATE TABLE "${name}" (${definitions.join(', ')}, line INTEGER)`);

	const appender = await connection.createAppender(name);
	try {
		const appendValue = types.map((type) => APPEND[type]);
		for (let row = 0; row < table.rows.length; row++) {
			const values = table.rows[row];
			for (let c = 0; c < values.length; c++) {
				if (values[c] === '') appender.appendNull();
				else appendValue[c](appender, values[c]);
			}
			appender.appendInteger(table.lines[row]);
			appender.endRow();
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
}
