/**
 * The agencies' activities part of the data contract (Heads of Agencies Task Force): optional input files, the
 * allowed kinds and statuses, and the tables written from them. A goal or focal area in activity_targets counts
 * for every target under it; that expansion is made once, in the pipeline (sql/activities.ts).
 */
import { OPTIONAL_INPUT_FILES } from '../../lib/schema';

export { ACTIVITY_STATUSES, AGENCY_KINDS, type ActivityStatus, type AgencyKind } from '../../lib/activities/vocabulary';

const file = (name: keyof typeof OPTIONAL_INPUT_FILES, optionalColumns: readonly string[] = []) => ({
	file: OPTIONAL_INPUT_FILES[name].file,
	columns: OPTIONAL_INPUT_FILES[name].columns,
	optionalColumns
});

export const ACTIVITY_INPUT_FILES = {
	agencies: file('agencies'),
	/** Free-text developments and obstacles may be left out of the header. */
	activities: file('activities', ['developments', 'obstacles']),
	activity_targets: file('activity_targets'),
	activity_countries: file('activity_countries')
} as const;

export type ActivityTable = keyof typeof ACTIVITY_INPUT_FILES;

/**
 * Written (and listed in manifest.json) when activities.csv is in the input. `activity_coverage` has one row per
 * activity × target it supports (`via_element_id` = the element the input named: the target, its goal or its
 * focal area). `activity_support` has one row per target: activities on it (any status), ongoing activities and
 * the distinct agencies running them.
 */
export const ACTIVITY_OUTPUT_TABLES = {
	agencies: ['agency_id', 'name', 'kind'],
	activities: ['activity_id', 'agency_id', 'title', 'start', 'end', 'status', 'developments', 'obstacles'],
	activity_targets: ['activity_id', 'element_id'],
	activity_countries: ['activity_id', 'iso3'],
	activity_coverage: ['activity_id', 'element_id', 'via_element_id'],
	activity_support: ['element_id', 'n_activities', 'n_ongoing', 'n_agencies']
} as const;
