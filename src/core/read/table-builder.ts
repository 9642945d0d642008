/**
 * Build a CsvTable from parsed records, batch by batch: check the header once (required columns present, no
 * contract column twice), then keep each row's contract columns in contract order with its line. Repeated values
 * share one string, which keeps millions of rows of codes small in memory.
 */
import type { CsvTable } from './csv-table';
import { quote, type Problem } from '../problems';

export interface CsvSpec {
	name: string;
	file: string;
	columns: readonly string[];
	/** Columns read as empty when the header lacks them. */
	optionalColumns?: readonly string[];
	/** A header-only file is an error unless rows are optional. */
	rowsRequired: boolean;
}

/** Distinct values per column that are shared; beyond this a column's values are kept as read. */
const SHARED_VALUES_LIMIT = 200_000;

export class TableBuilder {
	private readonly rows: string[][] = [];
	private readonly rowLines: number[] = [];
	private readonly shared: Map<string, string>[];
	readonly problems: Problem[] = [];

	private constructor(
		private readonly spec: CsvSpec,
		private readonly file: string,
		private readonly headerLength: number,
		private readonly positions: number[]
	) {
		this.shared = spec.columns.map(() => new Map());
	}

	/** A builder for the file with this header, or the header's problems. */
	static start(spec: CsvSpec, file: string, record: string[]): TableBuilder | Problem[] {
		const header = record.map((name) => name.trim());
		const problems = [...duplicateColumns(spec, file, header), ...missingColumns(spec, file, header)];
		if (problems.length > 0) return problems;
		return new TableBuilder(
			spec,
			file,
			header.length,
			spec.columns.map((column) => header.indexOf(column))
		);
	}

	add(records: string[][], lines: ArrayLike<number>, from = 0): void {
		for (let r = from; r < records.length; r++) {
			const record = records[r];
			if (record.length !== this.headerLength) {
				this.problems.push(fieldCountProblem(this.file, lines[r], record.length, this.headerLength));
				continue;
			}
			this.rows.push(this.positions.map((position, c) => (position === -1 ? '' : this.share(c, record[position]))));
			this.rowLines.push(lines[r]);
		}
	}

	get rowCount(): number {
		return this.rows.length + this.problems.length;
	}

	table(): CsvTable {
		return { name: this.spec.name, file: this.file, columns: this.spec.columns, rows: this.rows, lines: Int32Array.from(this.rowLines) };
	}

	private share(column: number, value: string): string {
		const values = this.shared[column];
		const known = values.get(value);
		if (known !== undefined) return known;
		if (values.size < SHARED_VALUES_LIMIT) values.set(value, value);
		return value;
	}
}

function duplicateColumns(spec: CsvSpec, file: string, header: string[]): Problem[] {
	return spec.columns.flatMap((column) => {
		const at = header.flatMap((name, i) => (name === column ? [i + 1] : []));
		if (at.length < 2) return [];
		return [
			{
				file,
				line: 1,
				message: `column ${quote(column)} appears ${at.length} times in the header (columns ${at.join(', ')}), so it is unclear which one holds the values`,
				fix: 'keep one column of that name and rename or delete the others'
			}
		];
	});
}

function missingColumns(spec: CsvSpec, file: string, header: string[]): Problem[] {
	const required = spec.columns.filter((column) => !spec.optionalColumns?.includes(column));
	const missing = required.filter((column) => !header.includes(column));
	const found =
		header
			.filter((name) => name !== '')
			.map(quote)
			.join(', ') || 'none';
	return missing.map((column) => ({
		file,
		line: 1,
		message: `missing required column "${column}" (columns found: ${found})`,
		fix: `add the column to the header; required: ${required.join(', ')}`
	}));
}

function fieldCountProblem(file: string, line: number, found: number, expected: number): Problem {
	return {
		file,
		line,
		message: `line has ${found} fields but the header has ${expected}`,
		fix: 'make the row match the header; enclose values containing commas in double quotes'
	};
}
