/**
 * A chart's data table as CSV for machines: the columns on screen, with numbers unformatted (`0.625`, not
 * `63 %` or `0,63`), a class as its id and its label in two columns (`early`, `Early stages`, no symbol),
 * in the site's one CSV format (csv-format.ts: BOM, CRLF, formula-safe).
 */
import type { Column, TableData } from '../charts/table';
import { t } from '../i18n';
import { csvDocument, type CsvValue } from './csv-format';

interface CsvColumn<Row> {
	header: string;
	value: (row: Row) => CsvValue;
}

function csvColumns<Row>(column: Column<Row>): CsvColumn<Row>[] {
	const header = column.csvLabel ?? column.label;
	const { category, value } = column;
	if (category) {
		return [
			{ header: t('export.csv.idColumn', { column: header }), value: (row) => category(row).id },
			{ header, value: (row) => category(row).label }
		];
	}
	return [{ header, value: value ?? column.cell }];
}

export function tableToCsv<Row>({ columns, rows }: TableData<Row>): string {
	const fields = columns.flatMap(csvColumns);
	return csvDocument(
		fields.map((field) => field.header),
		rows.map((row) => fields.map((field) => field.value(row)))
	);
}
