/** A column of a data table: its header and how a row shows in it (already formatted for the locale). */
export interface Column<Row> {
	label: string;
	cell: (row: Row) => string;
	/** Right-aligned with tabular figures. */
	numeric?: boolean;
}

/** What a chart's "Show data table" reveals: the chart's own numbers, one row per mark. */
export interface TableData<Row> {
	caption: string;
	columns: Column<Row>[];
	rows: Row[];
}
