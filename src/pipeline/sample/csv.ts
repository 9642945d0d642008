/** RFC 4180 CSV writing: UTF-8, header row, LF line ends, streamed in large chunks. */

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const CHUNK_CHARS = 1 << 16;

/** A field as CSV text: empty for null, quoted (with doubled quotes) when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
	return values.map(csvField).join(',') + '\n';
}

/** Writes a header and rows to `path`; returns the number of data rows. */
export async function writeCsv(path: string, columns: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<number> {
	const out = createWriteStream(path, { encoding: 'utf8' });
	let chunk = csvLine(columns);
	let count = 0;
	for (const row of rows) {
		chunk += csvLine(row);
		count++;
		if (chunk.length >= CHUNK_CHARS) {
			if (!out.write(chunk)) await once(out, 'drain');
			chunk = '';
		}
	}
	out.end(chunk);
	await finished(out);
	return count;
}
