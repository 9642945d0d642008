/**
 * The tables offered for download: all of the manifest's, as Parquet, and as CSV where the CSV stays
 * a reasonable file (the raw responses of a large dataset are Parquet only).
 */
import { CSV_MAX_ROWS } from '$lib/export/csv-format';
import type { Manifest } from '$lib/schema';

export { CSV_MAX_ROWS };

export interface Download {
	table: string;
	rows: number;
	parquet: { file: string; bytes: number; sha256: string };
	csv: string | null;
	columns: string[];
}

export function downloads(manifest: Manifest): Download[] {
	return Object.entries(manifest.tables).map(([table, entry]) => ({
		table,
		rows: entry.rows,
		parquet: { file: entry.file, bytes: entry.bytes, sha256: entry.sha256 },
		csv: entry.rows <= CSV_MAX_ROWS ? `${table}.csv` : null,
		columns: entry.columns
	}));
}
