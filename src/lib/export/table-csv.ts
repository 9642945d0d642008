/**
 * A whole data table as a CSV file in the site's one CSV format (csv-format.ts: BOM, CRLF, formula-safe), as the
 * Download page offers it. The published build writes these at build time (route download/csv/[table].csv); while
 * the user's data is open, the page writes them in the browser from the opened Parquet bytes, with the same
 * columns and rows (no request is made).
 */
import { parquetReadObjects } from 'hyparquet';
import { rowsToCsv } from './rows-csv';

/** The table in `bytes` (a Parquet file of the manifest) as CSV, with `columns` in that order. */
export async function parquetToCsv(bytes: Uint8Array, columns: readonly string[]): Promise<string> {
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const rows = (await parquetReadObjects({ file, columns: [...columns] })) as Record<string, unknown>[];
	return rowsToCsv(columns, rows);
}
