/**
 * Read one input CSV: check it exists, is UTF-8, has a header with the required columns and rows with the
 * header's number of fields. Returns the table or the problems found, never throws for bad input.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { CSV_OPTIONS } from './csv-options';
import type { CsvTable } from './csv-table';
import { decodeUtf8 } from './decode-utf8';
import type { Problem } from './problems';
import { recordStartLines } from './record-lines';

export interface CsvSpec {
	name: string;
	file: string;
	columns: readonly string[];
	/** Columns read as empty when the header lacks them. */
	optionalColumns?: readonly string[];
	/** A header-only file is an error unless rows are optional. */
	rowsRequired: boolean;
}

export type ReadResult = { ok: true; table: CsvTable; problems: Problem[] } | { ok: false; problems: Problem[] };

export async function readCsv(spec: CsvSpec, file: string): Promise<ReadResult> {
	const fail = (problem: Omit<Problem, 'file'>): ReadResult => ({ ok: false, problems: [{ file, ...problem }] });

	const bytes = await readFile(file).catch(() => null);
	if (bytes === null) return fail({ message: 'file is missing', fix: `add ${spec.file} to the input folder` });

	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) {
		const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
		return fail({
			line: decoded.line,
			message: `file is not UTF-8 (byte 0x${hex} at position ${decoded.offsetInLine + 1} of the line)`,
			fix: 're-save the file as UTF-8 (e.g. "CSV UTF-8" in Excel, character set "Unicode (UTF-8)" in LibreOffice)'
		});
	}
	if (decoded.text.trim() === '') return fail({ line: 1, message: 'file is empty (no header row)', fix: `write the header row: ${spec.columns.join(',')}` });

	let records: string[][];
	try {
		records = parse(decoded.text, CSV_OPTIONS) as string[][];
	} catch (error) {
		return { ok: false, problems: [parseErrorProblem(file, decoded.text, error as CsvParseError)] };
	}
	const lines = recordStartLines(decoded.text);
	if (lines.length !== records.length)
		return fail({ message: 'line breaks are ambiguous (records and lines do not match)', fix: 'save the file with LF or CRLF line endings' });
	return toTable(spec, file, records, lines);
}

function toTable(spec: CsvSpec, file: string, records: string[][], lines: Int32Array): ReadResult {
	const header = records[0].map((name) => name.trim());
	const required = spec.columns.filter((column) => !spec.optionalColumns?.includes(column));
	const missing = required.filter((column) => !header.includes(column));
	if (missing.length > 0) {
		const found = header.filter((name) => name !== '').join(', ') || 'none';
		return {
			ok: false,
			problems: missing.map((column) => ({
				file,
				line: 1,
				message: `missing required column "${column}" (columns found: ${found})`,
				fix: `add the column to the header; required: ${required.join(', ')}`
			}))
		};
	}
	if (records.length === 1 && spec.rowsRequired)
		return { ok: false, problems: [{ file, line: 1, message: 'file has a header but no rows', fix: `add the ${spec.name} rows` }] };

	const positions = spec.columns.map((column) => header.indexOf(column));
	const inOrder = positions.every((position, i) => position === i) && header.length === positions.length;
	const problems: Problem[] = [];
	const rows: string[][] = [];
	const rowLines: number[] = [];
	for (let r = 1; r < records.length; r++) {
		const record = records[r];
		if (record.length !== header.length) {
			problems.push(fieldCountProblem(file, lines[r], record.length, header.length));
			continue;
		}
		rows.push(inOrder ? record : positions.map((position) => (position === -1 ? '' : record[position])));
		rowLines.push(lines[r]);
	}
	return { ok: true, table: { name: spec.name, file, columns: spec.columns, rows, lines: Int32Array.from(rowLines) }, problems };
}

interface CsvParseError {
	message: string;
	code?: string;
	/** Records parsed before the one that failed (header included). */
	records?: number;
	lines?: number;
}

/** Point at the line where the failing record starts: a stray quote there swallows the lines after it. */
function parseErrorProblem(file: string, text: string, { message, code, records, lines }: CsvParseError): Problem {
	const line = records === undefined ? lines : (recordStartLines(text)[records] ?? lines);
	const problem =
		code === 'CSV_QUOTE_NOT_CLOSED'
			? 'a quoted field in the row starting on this line is never closed'
			: `the row starting on this line cannot be read as CSV (${message.replace(/ at line \d+/, '')})`;
	return { file, line, message: problem, fix: 'enclose a field containing a comma, quote or line break in double quotes, and double any quote inside it' };
}

function fieldCountProblem(file: string, line: number, found: number, expected: number): Problem {
	return {
		file,
		line,
		message: `line has ${found} fields but the header has ${expected}`,
		fix: 'make the row match the header; enclose values containing commas in double quotes'
	};
}
