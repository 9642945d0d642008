/**
 * Characters no value should hold: control characters (NUL and the like, which come from binary files or bad
 * copies), bidirectional-text controls (which make a name display differently from what it is), and line
 * breaks in values that are one line (ids, codes, names; free text such as a question may span lines).
 */
import type { CsvTable } from '../read/csv-table';
import type { ValidationContext } from './validation-context';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
/** Columns of free text, which may span lines. */
const MULTILINE = new Set(['text', 'title', 'citation', 'licence', 'source']);

const codePoint = (value: string, pattern: RegExp) => `U+${value.match(pattern)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function validateCharacters(context: ValidationContext, table: CsvTable): void {
	const columns = table.columns.map((column, index) => ({ column, index, oneLine: !MULTILINE.has(column) }));
	context.forEachCleanRow(table, (row) => {
		const values = table.rows[row];
		for (const { column, index, oneLine } of columns) {
			const value = values[index];
			if (CONTROL.test(value)) {
				context.flag(table, row, column, {
					message: `value holds an invisible control character (${codePoint(value, CONTROL)})`,
					fix: 'delete the character (it often comes from a binary file or a copy out of another program)'
				});
			} else if (BIDI.test(value)) {
				context.flag(table, row, column, {
					message: `value holds a bidirectional-text control (${codePoint(value, BIDI)}), which makes it display differently from what it is`,
					fix: 'delete the character'
				});
			} else if (oneLine && LINE_BREAK.test(value)) {
				context.flag(table, row, column, { message: 'value holds a line break', fix: 'write the value on one line' });
			} else continue;
			return;
		}
	});
}
