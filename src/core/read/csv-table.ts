/** A CSV file read into memory: the contract's columns only, in contract order, with each row's line number. */
export interface CsvTable {
	/** Table name, e.g. `responses`. */
	name: string;
	/** The file as the user would type it, e.g. `data/sample/responses.csv`. */
	file: string;
	/** The required columns, in contract order; `rows[i][c]` is the value of `columns[c]`. */
	columns: readonly string[];
	/** Values as written ('' = empty). Rows whose field count is wrong are reported and left out. */
	rows: string[][];
	/** 1-based line in the file where each row starts (the header is line 1). */
	lines: Int32Array;
}

export function columnIndex(table: CsvTable, column: string): number {
	const index = table.columns.indexOf(column);
	if (index === -1) throw new Error(`${table.name} has no column ${column}`);
	return index;
}
