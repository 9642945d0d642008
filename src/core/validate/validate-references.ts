/** Check declared references: every referencing row's values must exist in the referenced table. */
import { columnIndex } from '../read/csv-table';
import type { Reference } from './references';
import { TupleIndex } from './tuple-index';
import type { ValidationContext } from './validation-context';

export function validateReference(context: ValidationContext, reference: Reference): void {
	const from = context.tables[reference.from];
	const to = context.tables[reference.to];
	if (!from || !to) return; // the missing file is already reported

	const known = new TupleIndex<true>();
	const toPositions = reference.toColumns.map((column) => columnIndex(to, column));
	const where = reference.toWhere;
	const wherePosition = where ? columnIndex(to, where.column) : -1;
	for (const values of to.rows) {
		if (!where || where.test(values[wherePosition])) known.setIfAbsent(values, toPositions, true);
	}

	const fromPositions = reference.columns.map((column) => columnIndex(from, column));
	context.forEachCleanRow(from, (row) => {
		const values = from.rows[row];
		if (known.get(values, fromPositions)) return;
		if (fromPositions.some((position) => values[position] === '')) return; // optional reference left empty
		const referenced = fromPositions.map((position) => values[position]);
		context.flag(from, row, reference.column, { message: reference.problem(referenced), fix: reference.fix });
	});
}
