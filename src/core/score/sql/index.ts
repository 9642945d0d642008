/** Every output table and the query that builds it, in build order (later queries read earlier outputs as out_<name>). */
import { OUTPUT_TABLES } from '../../../lib/schema';
import { ACTIVITY_OUTPUT_TABLES } from '../../contract/activity-contract';
import { INDICATOR_OUTPUT_TABLES } from '../../contract/indicator-contract';
import * as activity from './activities';
import { answerCountsSql } from './answer-counts';
import { elementStatusSql } from './element-status';
import { indicatorEntitiesSql, indicatorsSql, indicatorValuesSql } from './indicators';
import * as reference from './reference-tables';
import { reportingSql } from './reporting';
import { responsesSql } from './responses';
import { statusSql } from './status';

type IndicatorOutput = keyof typeof INDICATOR_OUTPUT_TABLES;
type ActivityOutput = keyof typeof ACTIVITY_OUTPUT_TABLES;
export type OutputName = keyof typeof OUTPUT_TABLES | IndicatorOutput | ActivityOutput;

export interface OutputQuery {
	name: OutputName;
	columns: readonly string[];
	sql: string;
	/** Built only when this input table was present. */
	needs?: 'indicators' | 'indicator_values' | 'activities';
}

const output = (name: keyof typeof OUTPUT_TABLES, sql: string): OutputQuery => ({ name, columns: OUTPUT_TABLES[name], sql });

const optional = (name: IndicatorOutput, sql: string, needs: OutputQuery['needs']): OutputQuery => ({
	name,
	columns: INDICATOR_OUTPUT_TABLES[name],
	sql,
	needs
});

const ofActivities = (name: ActivityOutput, sql: string): OutputQuery => ({ name, columns: ACTIVITY_OUTPUT_TABLES[name], sql, needs: 'activities' });

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
	output('answer_counts', answerCountsSql),
	output('element_status', elementStatusSql),
	output('reporting', reportingSql),
	optional('indicators', indicatorsSql, 'indicators'),
	optional('indicator_values', indicatorValuesSql, 'indicator_values'),
	optional('indicator_entities', indicatorEntitiesSql, 'indicator_values'),
	ofActivities('agencies', activity.agenciesSql),
	ofActivities('activities', activity.activitiesSql),
	ofActivities('activity_targets', activity.activityTargetsSql),
	ofActivities('activity_countries', activity.activityCountriesSql),
	ofActivities('activity_coverage', activity.activityCoverageSql),
	ofActivities('activity_support', activity.activitySupportSql)
];
