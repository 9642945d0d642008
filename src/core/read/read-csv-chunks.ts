/**
 * Read one input CSV from its bytes, chunk by chunk (any host can supply them): check it is UTF-8 with LF or
 * CRLF line ends, has a header with the required columns and rows with the header's number of fields. No string
 * ever holds the whole file, so files larger than a JavaScript string read as well as small ones. Returns the
 * table or the problems found, never throws for bad input.
 */
import { parse } from '#csv-parse-sync';
import { CSV_OPTIONS } from './csv-options';
import type { CsvTable } from './csv-table';
import { lineEndIssue, sniffEncoding } from './encoding-sniff';
import type { Problem } from '../problems';
import { RecordBatches, type RecordBatch } from './record-batches';
import { splitQuoteFree } from './quote-free';
import { recordStartLines } from './record-lines';
import { TableBuilder, type CsvSpec } from './table-builder';
import { Utf8Chunks, type BadByte } from './utf8-chunks';

export type { CsvSpec } from './table-builder';
export type ReadResult = { ok: true; table: CsvTable; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Characters one record may span (a never-closed quote otherwise swallows the rest of the file). */
export const RECORD_LIMIT = 16 * 1024 * 1024;

export async function readCsvChunks(spec: CsvSpec, file: string, chunks: AsyncIterable<Uint8Array>): Promise<ReadResult> {
	const fail = (problem: Omit<Problem, 'file'>): ReadResult => ({ ok: false, problems: [{ file, ...problem }] });
	const decoder = new Utf8Chunks();
	const batches = new RecordBatches();
	let builder: TableBuilder | null = null;
	let first = true;

	const take = (batch: RecordBatch | null): ReadResult | null => {
		if (batch === null) return null;
		const read = parseBatch(file, batch);
		if (!read.ok) return read;
		let from = 0;
		if (builder === null) {
			if (read.records.length === 0) return null;
			const started = TableBuilder.start(spec, file, read.records[0]);
			if (Array.isArray(started)) return { ok: false, problems: started };
			builder = started;
			from = 1;
		}
		builder.add(read.records, read.lines, from);
		return null;
	};

	for await (const chunk of withEnd(chunks)) {
		if (first && chunk.bytes.length > 0) {
			const issue = sniffEncoding(chunk.bytes);
			if (issue) return fail({ line: 1, ...issue });
		}
		const decoded = decoder.decode(chunk.bytes, chunk.last);
		if ('bad' in decoded) return fail(notUtf8(decoded.bad));
		if (first && decoded.text.length > 0) {
			const issue = lineEndIssue(decoded.text);
			if (issue) return fail({ line: 1, ...issue });
			first = false;
		}
		const failed = take(batches.push(decoded.text)) ?? (chunk.last ? take(batches.end()) : null);
		if (failed) return failed;
		const waiting = batches.waiting;
		if (waiting.characters > RECORD_LIMIT)
			return fail({
				line: waiting.line,
				message: `the row starting on this line runs over ${RECORD_LIMIT / 1024 / 1024} MB of text (a quote that is never closed?)`,
				fix: 'close the quote, or shorten the value'
			});
	}
	const built = builder as TableBuilder | null;
	if (built === null) return fail({ line: 1, message: 'file is empty (no header row)', fix: `write the header row: ${spec.columns.join(',')}` });
	if (built.rowCount === 0 && spec.rowsRequired) return fail({ line: 1, message: 'file has a header but no rows', fix: `add the ${spec.name} rows` });
	return { ok: true, table: built.table(), problems: built.problems };
}

/** Each chunk with whether it is the last one (an empty last chunk ends the decoder's stream). */
async function* withEnd(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ bytes: Uint8Array; last: boolean }> {
	for await (const bytes of chunks) yield { bytes, last: false };
	yield { bytes: new Uint8Array(0), last: true };
}

function notUtf8({ line, byte, offsetInLine }: BadByte): Omit<Problem, 'file'> {
	const hex = byte.toString(16).toUpperCase().padStart(2, '0');
	return {
		line,
		message: `file is not UTF-8 (byte 0x${hex} at position ${offsetInLine + 1} of the line)`,
		fix: 're-save the file as UTF-8 (e.g. "CSV UTF-8" in Excel, character set "Unicode (UTF-8)" in LibreOffice)'
	};
}

type ParsedBatch = { ok: true; records: string[][]; lines: Int32Array } | { ok: false; problems: Problem[] };

function parseBatch(file: string, { text, firstLine }: RecordBatch): ParsedBatch {
	const split = splitQuoteFree(text, firstLine);
	if (split) return { ok: true, ...split };
	let records: string[][];
	try {
		records = parse(text, CSV_OPTIONS) as string[][];
	} catch (error) {
		return { ok: false, problems: [parseErrorProblem(file, text, firstLine, error as CsvParseError)] };
	}
	const lines = recordStartLines(text).map((line) => line + firstLine - 1);
	if (lines.length !== records.length)
		return {
			ok: false,
			problems: [{ file, message: 'line breaks are ambiguous (records and lines do not match)', fix: 'save the file with LF or CRLF line endings' }]
		};
	return { ok: true, records, lines };
}

interface CsvParseError {
	message: string;
	code?: string;
	/** Records parsed before the one that failed (header included). */
	records?: number;
	lines?: number;
}

/** Point at the line where the failing record starts: a stray quote there swallows the lines after it. */
function parseErrorProblem(file: string, text: string, firstLine: number, { message, code, records, lines }: CsvParseError): Problem {
	const inBatch = records === undefined ? lines : (recordStartLines(text)[records] ?? lines);
	const problem =
		code === 'CSV_QUOTE_NOT_CLOSED'
			? 'a quoted field in the row starting on this line is never closed'
			: `the row starting on this line cannot be read as CSV (${message.replace(/ at line \d+/, '')})`;
	return {
		file,
		line: inBatch === undefined ? undefined : inBatch + firstLine - 1,
		message: problem,
		fix: 'enclose a field containing a comma, quote or line break in double quotes, and double any quote inside it'
	};
}
