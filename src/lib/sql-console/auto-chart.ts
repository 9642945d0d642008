/**
 * Which result columns the quick chart uses: Observable Plot's `auto` mark then picks the mark. A text (or
 * date) column and a number make bars or a line; two numbers make a scatter plot; a second text column
 * colours; one column alone makes a histogram or counts.
 */
import type { Table } from 'apache-arrow';

export interface ChartColumns {
	x: string;
	y: string | null;
	color: string | null;
}

export type ColumnKind = 'number' | 'date' | 'text';

/** Arrow type ids: Int = 2, Float = 3, Decimal = 7, Date = 8, Timestamp = 10. */
export function columnKinds(table: Table): { name: string; kind: ColumnKind }[] {
	return table.schema.fields.map((field) => {
		const id = field.typeId as number;
		const kind: ColumnKind = id === 2 || id === 3 || id === 7 ? 'number' : id === 8 || id === 10 ? 'date' : 'text';
		return { name: field.name, kind };
	});
}

export function chooseChartColumns(columns: { name: string; kind: ColumnKind }[]): ChartColumns | null {
	const numbers = columns.filter((c) => c.kind === 'number').map((c) => c.name);
	const labels = columns.filter((c) => c.kind !== 'number').map((c) => c.name);
	const dates = columns.filter((c) => c.kind === 'date').map((c) => c.name);
	if (columns.length === 0) return null;
	if (numbers.length > 0 && labels.length > 0) {
		const x = dates[0] ?? labels[0];
		return { x, y: numbers[numbers.length - 1], color: labels.find((name) => name !== x) ?? null };
	}
	if (numbers.length >= 2) return { x: numbers[0], y: numbers[1], color: null };
	return { x: (numbers[0] ?? labels[0])!, y: null, color: labels.length > 1 ? labels[1] : null };
}

/** At most this many rows are drawn (the first ones of the result). */
export const CHART_MAX_ROWS = 5_000;

export function chartRows(table: Table, columns: ChartColumns): Record<string, unknown>[] {
	const names = [columns.x, columns.y, columns.color].filter((name): name is string => name !== null);
	const vectors = names.map((name) => [name, table.getChild(name)!] as const);
	const rows: Record<string, unknown>[] = [];
	for (let i = 0; i < Math.min(table.numRows, CHART_MAX_ROWS); i++) {
		const row: Record<string, unknown> = {};
		for (const [name, vector] of vectors) row[name] = vector.get(i);
		rows.push(row);
	}
	return rows;
}
