/** Every output table and the query that builds it, in build order (later queries read earlier outputs as out_<name>). */
import { OPTIONAL_OUTPUT_TABLES, OUTPUT_TABLES } from '../../lib/schema';
import { elementStatusSql } from './element-status';
import * as reference from './reference-tables';
import { reportingSql } from './reporting';
import { responsesSql } from './responses';
import { statusSql } from './status';

export type OutputName = keyof typeof OUTPUT_TABLES | keyof typeof OPTIONAL_OUTPUT_TABLES;

export interface OutputQuery {
	name: OutputName;
	columns: readonly string[];
	sql: string;
	/** Built only when this input table was present. */
	needs?: 'indicators' | 'indicator_values';
}

const output = (name: keyof typeof OUTPUT_TABLES, sql: string): OutputQuery => ({ name, columns: OUTPUT_TABLES[name], sql });

const optional = (name: keyof typeof OPTIONAL_OUTPUT_TABLES): OutputQuery => ({
	name,
	columns: OPTIONAL_OUTPUT_TABLES[name],
	sql: `SELECT ${OPTIONAL_OUTPUT_TABLES[name].join(', ')} FROM ${name} ORDER BY line`,
	needs: name
});

export const OUTPUT_QUERIES: OutputQuery[] = [
	output('conventions', reference.conventionsSql),
	output('framework', reference.frameworkSql),
	output('countries', reference.countriesSql),
	output('parties', reference.partiesSql),
	output('cycles', reference.cyclesSql),
	output('reports', reference.reportsSql),
	output('scales', reference.scalesSql),
	output('questions', reference.questionsSql),
	output('crosswalk', reference.crosswalkSql),
	output('status', statusSql),
	output('responses', responsesSql),
	output('element_status', elementStatusSql),
	output('reporting', reportingSql),
	optional('indicators'),
	optional('indicator_values')
];
