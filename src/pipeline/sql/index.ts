/** Every output table and the query that builds it, in build order (later queries read earlier outputs as out_<name>). */
import { OUTPUT_TABLES } from '../../lib/schema';
import { INDICATOR_OUTPUT_TABLES } from '../indicator-contract';
import { elementStatusSql } from './element-status';
import { indicatorEntitiesSql, indicatorsSql, indicatorValuesSql } from './indicators';
import * as reference from './reference-tables';
import { reportingSql } from './reporting';
import { responsesSql } from './responses';
import { statusSql } from './status';

type IndicatorOutput = keyof typeof INDICATOR_OUTPUT_TABLES;
export type OutputName = keyof typeof OUTPUT_TABLES | IndicatorOutput;

export interface OutputQuery {
	name: OutputName;
	columns: readonly string[];
	sql: string;
	/** Built only when this input table was present. */
	needs?: 'indicators' | 'indicator_values';
}

const output = (name: keyof typeof OUTPUT_TABLES, sql: string): OutputQuery => ({ name, columns: OUTPUT_TABLES[name], sql });

const optional = (name: IndicatorOutput, sql: string, needs: OutputQuery['needs']): OutputQuery => ({
	name,
	columns: INDICATOR_OUTPUT_TABLES[name],
	sql,
	needs
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
	optional('indicators', indicatorsSql, 'indicators'),
	optional('indicator_values', indicatorValuesSql, 'indicator_values'),
	optional('indicator_entities', indicatorEntitiesSql, 'indicator_values')
];
