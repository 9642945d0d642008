/**
 * What each input table must satisfy, declared once: value checks per column and the unique key.
 * Columns come from the contract in schema.ts; references between tables are in references.ts.
 */
import { INPUT_FILES, OPTIONAL_COLUMNS } from '../../lib/schema';
import type { FieldCheck } from '../validate/field-checks';
import { ACTIVITY_INPUT_FILES, type ActivityTable } from './activity-contract';
import { INDICATOR_INPUT_FILES, type IndicatorTable } from './indicator-contract';

export type TableName = keyof typeof INPUT_FILES | IndicatorTable | ActivityTable;

export interface TableSpec {
	name: TableName;
	file: string;
	columns: readonly string[];
	/** Columns read as empty when the header lacks them. */
	optionalColumns?: readonly string[];
	optional: boolean;
	rowsRequired: boolean;
	checks: Record<string, FieldCheck[]>;
	key: string[];
}

const ID: FieldCheck[] = ['required', 'lower_id'];
const ISO3: FieldCheck[] = ['required', 'iso3'];
const TEXT: FieldCheck[] = ['required'];

const RULES: Record<TableName, Pick<TableSpec, 'checks' | 'key'>> = {
	conventions: { checks: { convention_id: ID, name: TEXT, short_name: TEXT }, key: ['convention_id'] },
	framework: {
		checks: { element_id: ID, level: ['required', 'level'], parent_id: ['lower_id'], code: TEXT, title: TEXT },
		key: ['element_id']
	},
	countries: { checks: { iso3: ISO3, name: TEXT }, key: ['iso3'] },
	parties: { checks: { convention_id: ID, iso3: ISO3, joined: ['required', 'date'] }, key: ['convention_id', 'iso3'] },
	cycles: {
		checks: { convention_id: ID, cycle_id: ID, label: TEXT, year: ['required', 'year'], due: ['required', 'date'] },
		key: ['convention_id', 'cycle_id']
	},
	reports: { checks: { convention_id: ID, cycle_id: ID, iso3: ISO3, submitted: ['date'], url: ['http_url'] }, key: ['convention_id', 'cycle_id', 'iso3'] },
	scales: { checks: { scale_id: ID, answer: TEXT, label: TEXT, score: ['score'] }, key: ['scale_id', 'answer'] },
	questions: {
		checks: { convention_id: ID, cycle_id: ID, question_id: TEXT, scale_id: ID },
		key: ['convention_id', 'cycle_id', 'question_id']
	},
	crosswalk: { checks: { convention_id: ID, question_id: TEXT, element_id: ID }, key: ['convention_id', 'question_id', 'element_id'] },
	responses: {
		checks: { convention_id: ID, cycle_id: ID, iso3: ISO3, question_id: TEXT, answer: TEXT },
		key: ['convention_id', 'cycle_id', 'iso3', 'question_id']
	},
	// An indicator informs several targets: one row per indicator and target.
	indicators: { checks: { indicator_id: TEXT, name: TEXT, element_id: ID, kind: ['source_kind'] }, key: ['indicator_id', 'element_id'] },
	indicator_values: {
		checks: { indicator_id: TEXT, iso3: TEXT, year: ['required', 'year'], value: ['required', 'number'] },
		key: ['indicator_id', 'iso3', 'year']
	},
	indicator_entities: { checks: { code: TEXT, name: TEXT, kind: ['required', 'entity_kind'] }, key: ['code'] },
	agencies: { checks: { agency_id: ID, name: TEXT, kind: ['required', 'agency_kind'] }, key: ['agency_id'] },
	activities: {
		checks: { activity_id: ID, agency_id: ID, title: TEXT, start: ['required', 'date'], end: ['required', 'date'], status: ['required', 'activity_status'] },
		key: ['activity_id']
	},
	activity_targets: { checks: { activity_id: ID, element_id: ID }, key: ['activity_id', 'element_id'] },
	activity_countries: { checks: { activity_id: ID, iso3: ISO3 }, key: ['activity_id', 'iso3'] }
};

const optionalSpec = ([name, { file, columns, optionalColumns }]: [
	string,
	{ file: string; columns: readonly string[]; optionalColumns: readonly string[] }
]) => ({
	name,
	file,
	columns,
	optionalColumns,
	optional: true,
	rowsRequired: false
});

export const TABLE_SPECS: TableSpec[] = [
	...Object.entries(INPUT_FILES).map(([name, { file, columns }]) => {
		const optionalColumns = OPTIONAL_COLUMNS[name as keyof typeof INPUT_FILES] ?? [];
		return { name, file, columns: [...columns, ...optionalColumns], optionalColumns, optional: false, rowsRequired: true };
	}),
	...Object.entries(INDICATOR_INPUT_FILES).map(optionalSpec),
	...Object.entries(ACTIVITY_INPUT_FILES).map(optionalSpec)
].map((spec) => ({ ...spec, name: spec.name as TableName, ...RULES[spec.name as TableName] }));
