/**
 * References between input tables, in the order they are checked: a row that fails one is not checked
 * against the later ones (an unknown convention is not also reported as an unknown cycle).
 */
import type { TableName } from '../contract/input-spec';
import { quote as q } from '../problems';

export interface Reference {
	from: TableName;
	columns: string[];
	/** The column a problem is reported on. */
	column: string;
	to: TableName;
	toColumns: string[];
	/** Only target rows whose `column` passes `test` count (e.g. reports with a submitted date). */
	toWhere?: { column: string; test: (value: string) => boolean };
	problem: (values: string[]) => string;
	fix: string;
}

const convention = (from: TableName): Reference => ({
	from,
	columns: ['convention_id'],
	column: 'convention_id',
	to: 'conventions',
	toColumns: ['convention_id'],
	problem: ([id]) => `convention ${q(id)} is not in conventions.csv`,
	fix: 'add the convention to conventions.csv or correct the id'
});

const cycle = (from: TableName): Reference => ({
	from,
	columns: ['convention_id', 'cycle_id'],
	column: 'cycle_id',
	to: 'cycles',
	toColumns: ['convention_id', 'cycle_id'],
	problem: ([conventionId, cycleId]) => `cycle ${q(cycleId)} of convention ${q(conventionId)} is not in cycles.csv`,
	fix: 'add the cycle to cycles.csv or correct the id'
});

export const country = (from: TableName): Reference => ({
	from,
	columns: ['iso3'],
	column: 'iso3',
	to: 'countries',
	toColumns: ['iso3'],
	problem: ([iso3]) => `country ${q(iso3)} is not in countries.csv`,
	fix: 'add the country to countries.csv or correct the code'
});

export const element = (from: TableName, column: string): Reference => ({
	from,
	columns: [column],
	column,
	to: 'framework',
	toColumns: ['element_id'],
	problem: ([id]) => `element ${q(id)} is not in framework.csv`,
	fix: 'use an element_id of framework.csv'
});

const report = (what: 'expected' | 'submitted'): Reference => ({
	from: 'responses',
	columns: ['convention_id', 'cycle_id', 'iso3'],
	column: 'iso3',
	to: 'reports',
	toColumns: ['convention_id', 'cycle_id', 'iso3'],
	...(what === 'submitted' ? { toWhere: { column: 'submitted', test: (date: string) => date !== '' } } : {}),
	problem: ([conventionId, cycleId, iso3]) =>
		what === 'expected'
			? `${q(iso3)} has no report for cycle ${q(cycleId)} of ${q(conventionId)} in reports.csv`
			: `the report of ${q(iso3)} for cycle ${q(cycleId)} of ${q(conventionId)} is not marked submitted in reports.csv`,
	fix:
		what === 'expected'
			? 'add the report to reports.csv with its submitted date, or remove these responses'
			: 'fill in the submitted date of that report in reports.csv, or remove these responses'
});

export const REFERENCES: Reference[] = [
	element('framework', 'parent_id'),
	convention('parties'),
	country('parties'),
	convention('cycles'),
	convention('reports'),
	cycle('reports'),
	country('reports'),
	{
		from: 'reports',
		columns: ['convention_id', 'iso3'],
		column: 'iso3',
		to: 'parties',
		toColumns: ['convention_id', 'iso3'],
		problem: ([conventionId, iso3]) => `${q(iso3)} is not a party of ${q(conventionId)} (no row in parties.csv)`,
		fix: 'add the membership to parties.csv, or remove the report'
	},
	convention('questions'),
	cycle('questions'),
	{
		from: 'questions',
		columns: ['scale_id'],
		column: 'scale_id',
		to: 'scales',
		toColumns: ['scale_id'],
		problem: ([id]) => `scale ${q(id)} is not in scales.csv`,
		fix: 'add the scale and its answers to scales.csv or correct the id'
	},
	convention('crosswalk'),
	{
		from: 'crosswalk',
		columns: ['convention_id', 'question_id'],
		column: 'question_id',
		to: 'questions',
		toColumns: ['convention_id', 'question_id'],
		problem: ([conventionId, questionId]) => `question ${q(questionId)} of ${q(conventionId)} is not in questions.csv`,
		fix: 'correct the question_id (it is case-sensitive) or add the question to questions.csv'
	},
	element('crosswalk', 'element_id'),
	convention('responses'),
	cycle('responses'),
	country('responses'),
	{
		from: 'responses',
		columns: ['convention_id', 'cycle_id', 'question_id'],
		column: 'question_id',
		to: 'questions',
		toColumns: ['convention_id', 'cycle_id', 'question_id'],
		problem: ([conventionId, cycleId, questionId]) => `question ${q(questionId)} is not in questions.csv for cycle ${q(cycleId)} of ${q(conventionId)}`,
		fix: 'correct the question_id (it is case-sensitive) or add the question to questions.csv'
	},
	report('expected'),
	report('submitted'),
	element('indicators', 'element_id'),
	{
		from: 'indicator_values',
		columns: ['indicator_id'],
		column: 'indicator_id',
		to: 'indicators',
		toColumns: ['indicator_id'],
		problem: ([id]) => `indicator ${q(id)} is not in indicators.csv`,
		fix: 'add the indicator to indicators.csv or correct the id'
	}
];
