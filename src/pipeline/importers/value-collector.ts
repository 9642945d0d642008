/**
 * Collects one importer's rows and problems: reports a problem at its line and column, keeps each aggregate
 * once, and refuses a second value for the same indicator, entity and year.
 */
import type { Problem } from '../../core/problems';
import type { Aggregate, ImportResult, IndicatorValue } from './types';

export class ValueCollector {
	readonly rows: IndicatorValue[] = [];
	readonly problems: Problem[] = [];
	emptyValues = 0;
	private readonly aggregates = new Map<string, Aggregate>();
	private readonly firstLine = new Map<string, number>();

	constructor(readonly file: string) {}

	problem(line: number | undefined, column: string | undefined, issue: { message: string; fix: string }): void {
		this.problems.push({ file: this.file, line, column, message: issue.message, fix: issue.fix });
	}

	add(row: IndicatorValue, line: number, column: string, aggregate: Aggregate | null = null): void {
		const key = `${row.indicator_id}\u0000${row.iso3}\u0000${row.year}`;
		const earlier = this.firstLine.get(key);
		if (earlier !== undefined) {
			this.problem(line, column, {
				message: `a second value for ${row.iso3} in ${row.year} (the first is on line ${earlier})`,
				fix: 'keep one row per entity and year; two entity names may map to the same code'
			});
			return;
		}
		this.firstLine.set(key, line);
		this.rows.push(row);
		if (aggregate && !this.aggregates.has(aggregate.code)) this.aggregates.set(aggregate.code, aggregate);
	}

	result(records: number, parseProblems: Problem[] = []): ImportResult<IndicatorValue> {
		return {
			rows: this.rows,
			aggregates: [...this.aggregates.values()],
			problems: [...parseProblems, ...this.problems],
			records,
			emptyValues: this.emptyValues
		};
	}
}

export function failedImport<Row>(problems: Problem[]): ImportResult<Row> {
	return { rows: [], aggregates: [], problems, records: 0, emptyValues: 0 };
}
