/**
 * The template users start from: a zip of an empty contract folder, each CSV with its header (the contract's
 * columns, in order) and its example rows, and a README of the columns generated from the contract. The example
 * rows together are a valid input (tests/unit/open/template.test.ts).
 */
import { zipSync, strToU8 } from 'fflate';
import { TABLE_SPECS } from '../../core/contract/input-spec';
import { templateReadme } from './template-readme';
import { EXAMPLE_ROWS } from './template-rows';
import type { OpenedFile } from './open-types';

export const TEMPLATE_FOLDER = 'my-data';

export function buildTemplateZip(): Uint8Array {
	const files: Record<string, Uint8Array> = { [`${TEMPLATE_FOLDER}/README.md`]: strToU8(templateReadme(TEMPLATE_FOLDER)) };
	for (const file of templateCsvFiles()) files[file.name] = file.bytes;
	// A fixed date, so that the same contract always gives the same bytes.
	return zipSync(files, { mtime: new Date('2010-01-01T00:00:00Z') });
}

/** The template's CSV files (every file of the contract with its example rows) as a folder of them would be chosen. */
export function templateCsvFiles(): OpenedFile[] {
	return TABLE_SPECS.map((spec) => ({ name: `${TEMPLATE_FOLDER}/${spec.file}`, bytes: strToU8(toCsv(spec.columns, EXAMPLE_ROWS[spec.name])) }));
}

/** RFC 4180 CSV with CRLF line ends, as Excel writes it, quoting only the fields that need it. */
function toCsv(columns: readonly string[], rows: Record<string, string>[]): string {
	const line = (values: string[]) => values.map(field).join(',');
	return [line([...columns]), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))].join('\r\n') + '\r\n';
}

function field(text: string): string {
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
