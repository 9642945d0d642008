/** Query rows as CSV (RFC 4180): a header of column names, empty fields for NULL. */
export function rowsToCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
	const field = (value: unknown) => {
		if (value === null || value === undefined) return '';
		const text = String(value);
		return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	const lines = [columns.map(field).join(',')];
	for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
