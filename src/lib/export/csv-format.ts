/**
 * The one way this site writes a CSV file, for chart exports and the Download page alike (README, "CSV files"):
 * UTF-8 with a byte-order mark (so Excel reads accents right), comma-separated, CRLF line ends, fields quoted
 * per RFC 4180, empty for NULL — and formula-safe. A spreadsheet runs a text cell that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return as a formula (`=HYPERLINK(…)`); such a cell gets a leading `'`, as OWASP
 * recommends, which keeps it readable and makes it plain text. Numbers stay numbers: only text is changed,
 * and text that is exactly a number (an answer code `-1`) cannot be a formula and stays as it is.
 */

export const CSV_BOM = '\ufeff';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** The Download page offers a table with more rows as Parquet only: a CSV that large is no use in a spreadsheet. */
export const CSV_MAX_ROWS = 250_000;

export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A text cell made safe to open in a spreadsheet: `=1+2` → `'=1+2`; `-1`, `Kenya` unchanged. */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as numbers, dates as ISO dates, text neutralised and quoted where needed. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : neutraliseFormula(String(value));
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the byte-order mark, the header line, one line per row, each ending in CRLF. */
export function csvDocument(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[]): string {
	const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
	return CSV_BOM + lines.join('\r\n') + '\r\n';
}
