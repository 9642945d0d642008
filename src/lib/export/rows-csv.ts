/** Query rows as CSV (the site's CSV format, see csv-format.ts): a header of column names, then one line per row. */
import { csvDocument, type CsvValue } from './csv-format';

export function rowsToCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
	return csvDocument(
		columns,
		rows.map((row) => columns.map((column) => row[column] as CsvValue))
	);
}
