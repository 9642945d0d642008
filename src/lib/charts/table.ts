/** A column of a data table: its header and how a row shows in it (already formatted for the locale). */
export interface Column<Row> {
	label: string;
	cell: (row: Row) => string;
	/** Right-aligned with tabular figures. */
	numeric?: boolean;
	/** CSV export: the unformatted value (0.625, not "63 %"); without it the CSV gets the cell's text. */
	value?: (row: Row) => string | number | null | undefined;
	/** CSV export of a class shown with a symbol: its id and its label, in two columns, no symbol. */
	category?: (row: Row) => { id: string; label: string };
	/** CSV export: the header when the label carries a symbol ("◔ Early stages" → "Early stages"). */
	csvLabel?: string;
}

/** What a chart's "Show data table" reveals: the chart's own numbers, one row per mark. */
export interface TableData<Row> {
	caption: string;
	columns: Column<Row>[];
	rows: Row[];
}
