/** A result value as text for the results table and the CSV; null stays null (shown as NULL, exported empty). */
export function formatCell(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
	return String(value);
}
