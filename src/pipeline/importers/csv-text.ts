/**
 * Parse a source's CSV text into rows holding the wanted columns, each with its line in the file.
 * Header names match case-insensitively and through aliases, so an upstream export ("Entity,Code,Year,…")
 * reads like its trimmed copy ("entity,code,year,…").
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../../core/problems';

export interface ColumnSpec {
	/** The name used in messages and by the importer. */
	name: string;
	aliases?: readonly string[];
	/** An optional column reads as '' when absent. */
	optional?: boolean;
}

export interface SourceRows {
	/** `values[i][c]` is the trimmed value of `columns[c]` in row i. */
	values: string[][];
	lines: number[];
	/** Which optional columns the file has. */
	present: ReadonlySet<string>;
}

export type ParsedCsv = { ok: true; rows: SourceRows; problems: Problem[] } | { ok: false; problems: Problem[] };

const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'], info: true };
const QUOTING_FIX = 'enclose a field containing a comma, quote or line break in double quotes, and double any quote inside it';

export function parseSourceCsv(text: string, file: string, columns: readonly ColumnSpec[]): ParsedCsv {
	const fail = (problem: Omit<Problem, 'file'>): ParsedCsv => ({ ok: false, problems: [{ file, ...problem }] });
	if (text.trim() === '')
		return fail({ line: 1, message: 'file is empty (no header row)', fix: `write the header row: ${columns.map((c) => c.name).join(',')}` });

	let parsed: { record: string[]; info: { lines: number } }[];
	try {
		parsed = parse(text, CSV_OPTIONS) as unknown as typeof parsed;
	} catch (error) {
		const { code, lines } = error as { code?: string; lines?: number };
		if (code === 'CSV_QUOTE_NOT_CLOSED')
			return fail({ line: openingQuoteLine(text) ?? lines, message: 'a quoted field that opens on this line is never closed', fix: QUOTING_FIX });
		return fail({ line: lines, message: `cannot be read as CSV (${(error as Error).message.replace(/ at line \d+/, '')})`, fix: QUOTING_FIX });
	}
	const records = parsed.map(({ record }) => record);
	const lines = parsed.map(({ record, info }) => info.lines - record.reduce((breaks, value) => breaks + countLineBreaks(value), 0));

	const header = records[0].map((name) => name.trim().toLowerCase());
	const positions = columns.map((column) => findColumn(header, column));
	const missing = columns.filter((column, i) => positions[i] === -1 && !column.optional);
	if (missing.length > 0) return { ok: false, problems: missing.map((column) => missingColumn(file, column, records[0])) };

	const problems: Problem[] = [];
	const rows: SourceRows = { values: [], lines: [], present: new Set(columns.filter((_, i) => positions[i] !== -1).map((c) => c.name)) };
	for (let r = 1; r < records.length; r++) {
		const record = records[r];
		if (record.length !== header.length) {
			problems.push({
				file,
				line: lines[r],
				message: `line has ${record.length} fields but the header has ${header.length}`,
				fix: 'make the row match the header; enclose values containing commas in double quotes'
			});
			continue;
		}
		rows.values.push(positions.map((position) => (position === -1 ? '' : record[position].trim())));
		rows.lines.push(lines[r]);
	}
	return { ok: true, rows, problems };
}

function findColumn(header: string[], column: ColumnSpec): number {
	for (const name of [column.name, ...(column.aliases ?? [])]) {
		const index = header.indexOf(name.toLowerCase());
		if (index !== -1) return index;
	}
	return -1;
}

function missingColumn(file: string, column: ColumnSpec, header: string[]): Problem {
	const found = header.filter((name) => name.trim() !== '').join(', ') || 'none';
	const accepted = [column.name, ...(column.aliases ?? [])].map((name) => `"${name}"`).join(' or ');
	return { file, line: 1, column: column.name, message: `missing from the header (columns found: ${found})`, fix: `add a column named ${accepted}` };
}

/** csv-parse reports the line where a record ends; a record starts that many line breaks earlier. */
function countLineBreaks(value: string): number {
	let count = 0;
	for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
	return count;
}

function openingQuoteLine(text: string): number | undefined {
	let line = 1;
	let openedOn: number | undefined;
	for (const char of text) {
		if (char === '"') openedOn = openedOn === undefined ? line : undefined;
		else if (char === '\n') line++;
	}
	return openedOn;
}
