/** Write rows as RFC 4180 CSV (UTF-8, LF, header row), quoting only the fields that need it. */

export function toCsv<Row extends object>(columns: readonly string[], rows: readonly Row[]): string {
	const lines = [columns.map(field).join(',')];
	for (const row of rows) lines.push(columns.map((column) => field((row as Record<string, unknown>)[column] ?? '')).join(','));
	return lines.join('\n') + '\n';
}

function field(value: unknown): string {
	const text = String(value);
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
