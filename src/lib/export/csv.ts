/** A data table as CSV: exactly the rows and cells shown, with the column headers (which name their units). */
import type { TableData } from '../charts/table';

function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function tableToCsv<Row>({ columns, rows }: TableData<Row>): string {
	const lines = [columns.map((c) => field(c.label)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => field(c.cell(row))).join(','));
	return lines.join('\r\n') + '\r\n';
}
