/**
 * Load the validated tables into the engine: one table per input file with the contract's columns (empty → NULL,
 * numbers typed) plus `line`, the row's line in its file, which keeps the file order for the outputs.
 */
import type { CsvTable } from '../read/csv-table';
import type { TableName } from '../contract/input-spec';
import type { Tables } from '../validate/validation-context';
import type { ColumnType, CoreEngine } from './core-engine';

const TYPED_COLUMNS: Partial<Record<TableName, Record<string, ColumnType>>> = {
	cycles: { year: 'INTEGER' },
	scales: { score: 'DOUBLE' },
	indicator_values: { year: 'INTEGER', value: 'DOUBLE' }
};

export async function loadTables(engine: CoreEngine, tables: Tables): Promise<void> {
	for (const [name, table] of Object.entries(tables) as [TableName, CsvTable][]) {
		await engine.insert(
			name,
			table,
			table.columns.map((column) => TYPED_COLUMNS[name]?.[column] ?? 'VARCHAR')
		);
	}
}
