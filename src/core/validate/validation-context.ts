/**
 * Shared state of one validation run: the tables that could be read, the problems found so far (per file, so
 * the report can list them file by file) and which rows already have a problem (later checks skip those rows,
 * so one mistake is not reported five times).
 */
import { columnIndex, type CsvTable } from '../read/csv-table';
import type { FieldIssue } from './field-checks';
import type { TableName } from '../contract/input-spec';
import { ProblemList, type Problem } from '../problems';

export type Tables = Partial<Record<TableName, CsvTable>>;

export class ValidationContext {
	private readonly problemsByFile = new Map<string, ProblemList>();
	private readonly flaggedRows = new Map<string, Uint8Array>();
	/** Legal but odd findings: printed after a successful build, never a reason to stop. */
	readonly warnings = new ProblemList();

	constructor(
		readonly tables: Tables,
		private readonly fileOrder: string[]
	) {}

	/** Record a problem with the whole file or with a line of it. */
	add(problem: Problem): void {
		let list = this.problemsByFile.get(problem.file);
		if (!list) this.problemsByFile.set(problem.file, (list = new ProblemList()));
		list.add(problem);
	}

	/** Record a problem with one row's value and skip that row in later checks. */
	flag(table: CsvTable, row: number, column: string, issue: FieldIssue): void {
		this.add({ file: table.file, line: table.lines[row], column, ...issue });
		this.flagsOf(table)[row] = 1;
	}

	/** Record a legal but odd value of one row. */
	warn(table: CsvTable, row: number, column: string, issue: FieldIssue): void {
		this.warnings.add({ file: table.file, line: table.lines[row], column, ...issue });
	}

	/** Call `check` for each row of the table that has no problem yet. */
	forEachCleanRow(table: CsvTable, check: (row: number) => void): void {
		const flags = this.flagsOf(table);
		for (let row = 0; row < table.rows.length; row++) if (flags[row] === 0) check(row);
	}

	/** A function that returns the given columns' values of a row. */
	valuesOf(table: CsvTable, columns: readonly string[]): (row: number) => string[] {
		const indices = columns.map((column) => columnIndex(table, column));
		return (row) => indices.map((index) => table.rows[row][index]);
	}

	/** All problems, file by file in contract order and by line within a file, capped like a single list. */
	problems(cap?: number): ProblemList {
		const merged = new ProblemList(cap);
		const files = [...this.problemsByFile.keys()].sort((a, b) => this.rank(a) - this.rank(b));
		for (const file of files) {
			const list = this.problemsByFile.get(file)!;
			[...list.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).forEach((problem) => merged.add(problem));
			merged.count += list.count - list.kept.length;
		}
		return merged;
	}

	get hasProblems(): boolean {
		return this.problemsByFile.size > 0;
	}

	private rank(file: string): number {
		const index = this.fileOrder.indexOf(file);
		return index === -1 ? this.fileOrder.length : index;
	}

	private flagsOf(table: CsvTable): Uint8Array {
		let flags = this.flaggedRows.get(table.name);
		if (!flags) this.flaggedRows.set(table.name, (flags = new Uint8Array(table.rows.length)));
		return flags;
	}
}
