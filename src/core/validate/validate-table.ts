/** Checks within one table: every value against its column's checks, then the unique key. */
import { columnIndex, type CsvTable } from '../read/csv-table';
import { FIELD_CHECKS } from './field-checks';
import type { TableSpec } from '../contract/input-spec';
import { quote } from '../problems';
import { TupleIndex } from './tuple-index';
import type { ValidationContext } from './validation-context';

export function validateValues(context: ValidationContext, table: CsvTable, spec: TableSpec): void {
	const checked = Object.entries(spec.checks).map(([column, checks]) => ({
		column,
		index: columnIndex(table, column),
		checkers: checks.map((check) => FIELD_CHECKS[check])
	}));
	for (let row = 0; row < table.rows.length; row++) {
		const values = table.rows[row];
		for (const { column, index, checkers } of checked) {
			for (const checker of checkers) {
				const issue = checker(values[index], column);
				if (issue) {
					context.flag(table, row, column, issue);
					break;
				}
			}
		}
	}
}

export function validateUniqueKey(context: ValidationContext, table: CsvTable, spec: TableSpec): void {
	const positions = spec.key.map((column) => columnIndex(table, column));
	const firstLine = new TupleIndex<number>();
	const lastColumn = spec.key[spec.key.length - 1];
	context.forEachCleanRow(table, (row) => {
		const values = table.rows[row];
		const first = firstLine.setIfAbsent(values, positions, table.lines[row]);
		if (first === undefined) return;
		const described = spec.key.map((column, i) => `${column} ${quote(values[positions[i]])}`).join(', ');
		context.flag(table, row, lastColumn, {
			message: `duplicate row: ${described} is already on line ${first}`,
			fix: `keep one row per ${spec.key.join(' + ')} and delete the other`
		});
	});
}
