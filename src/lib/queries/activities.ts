/**
 * The activities lens's questions: the agencies, the activities under the filters (with the elements they name,
 * the targets they support and where they work), and per target the support they add up to beside its status.
 * The goal and focal-area expansion is the pipeline's (activity_coverage); status comes from activity-status.ts.
 */
import { supportMark } from '../activities/support-rule';
import type { Db } from '../db/connection';
import { fragment, sql, type SqlFragment } from '../db/sql';
import { classify } from '../schema';
import { ACTIVITY_STATUS_TABLES, loadTargetStatus } from './activity-status';
import type { ActivitiesData, Activity, ActivityFilters, Agency, TargetSupport } from './activity-types';
import { frameworkQuery, once } from './lens-shared';
import type { FrameworkElement } from './types';

export const ACTIVITY_TABLES = [
	'agencies',
	'activities',
	'activity_targets',
	'activity_countries',
	'activity_coverage',
	'countries',
	...ACTIVITY_STATUS_TABLES
] as const;

/** The activities the filters keep, as a subquery. Periods overlap [from-01-01, to-12-31]; ISO dates compare as text. */
export const chosenActivities = ({ agency, status, from, to, region }: ActivityFilters) => {
	const fromDate = from === null ? null : `${from}-01-01`;
	const toDate = to === null ? null : `${to}-12-31`;
	return fragment(sql`(
		SELECT a.* FROM activities a
		WHERE (${agency}::VARCHAR IS NULL OR a.agency_id = ${agency})
			AND (${status}::VARCHAR IS NULL OR a.status = ${status})
			AND (${fromDate}::VARCHAR IS NULL OR a."end" >= ${fromDate})
			AND (${toDate}::VARCHAR IS NULL OR a.start <= ${toDate})
			AND (${region}::VARCHAR IS NULL OR a.activity_id IN (
				SELECT ac.activity_id FROM activity_countries ac JOIN countries c ON c.iso3 = ac.iso3 WHERE c.region = ${region}))
	)`);
};

export const activityListQuery = (filters: ActivityFilters) => activityRowsQuery(chosenActivities(filters));

/** Activities of a subquery of `activities` rows, with their agency, elements, targets and countries. */
export const activityRowsQuery = (source: SqlFragment) => sql`
	SELECT a.activity_id, a.agency_id, g.name AS agency_name, a.title, a.start, a."end", a.status, a.developments, a.obstacles,
		(SELECT string_agg(t.element_id, ' ' ORDER BY f.sort) FROM activity_targets t JOIN framework f ON f.element_id = t.element_id
			WHERE t.activity_id = a.activity_id) AS elements,
		(SELECT string_agg(c.element_id, ' ' ORDER BY f.sort) FROM activity_coverage c JOIN framework f ON f.element_id = c.element_id
			WHERE c.activity_id = a.activity_id) AS targets,
		(SELECT string_agg(ac.iso3, ' ' ORDER BY ac.iso3) FROM activity_countries ac WHERE ac.activity_id = a.activity_id) AS countries,
		(SELECT string_agg(c.name, '|' ORDER BY c.name) FROM activity_countries ac JOIN countries c ON c.iso3 = ac.iso3
			WHERE ac.activity_id = a.activity_id) AS country_names
	FROM ${source} a JOIN agencies g ON g.agency_id = a.agency_id
	ORDER BY g.name, a.start, a.activity_id`;

/**
 * Support per target from the chosen activities: all of them, the ongoing ones, and the distinct agencies with
 * an ongoing one. The status filter narrows the first count only: "ongoing" means ongoing whatever is chosen.
 */
export const supportQuery = (filters: ActivityFilters) => sql`
	WITH chosen AS (SELECT * FROM ${chosenActivities({ ...filters, status: null })}),
	shown AS (SELECT * FROM ${chosenActivities(filters)})
	SELECT f.element_id, f.code,
		count(DISTINCT c.activity_id) FILTER (WHERE c.activity_id IN (SELECT activity_id FROM shown))::INTEGER AS n_activities,
		count(DISTINCT c.activity_id) FILTER (WHERE a.status = 'ongoing')::INTEGER AS n_ongoing,
		count(DISTINCT a.agency_id) FILTER (WHERE a.status = 'ongoing')::INTEGER AS n_agencies
	FROM framework f
	LEFT JOIN activity_coverage c ON c.element_id = f.element_id AND c.activity_id IN (SELECT activity_id FROM chosen)
	LEFT JOIN chosen a ON a.activity_id = c.activity_id
	WHERE f.level = 'target'
	GROUP BY f.element_id, f.code, f.sort
	ORDER BY f.sort`;

export const ongoingCoverageQuery = (filters: ActivityFilters) => sql`
	SELECT c.activity_id, c.element_id FROM activity_coverage c
	WHERE c.activity_id IN (SELECT activity_id FROM ${chosenActivities({ ...filters, status: 'ongoing' })})
	ORDER BY c.activity_id, c.element_id`;

export const agenciesQuery = () => sql`SELECT agency_id, name, kind FROM agencies ORDER BY name`;

export const activityRegionsQuery = () => sql`
	SELECT DISTINCT c.region FROM activity_countries ac JOIN countries c ON c.iso3 = ac.iso3
	WHERE c.region IS NOT NULL ORDER BY c.region`;

export const activityYearsQuery = () => sql`SELECT min(year(start::DATE))::INTEGER AS first, max(year("end"::DATE))::INTEGER AS last FROM activities`;

/** Whether this build has activity data (the tables are optional). */
export function hasActivities(db: Db): boolean {
	return db.manifest.tables.activities !== undefined;
}

export type RawActivity = Omit<Activity, 'elements' | 'targets' | 'countries' | 'country_names'> &
	Record<'elements' | 'targets' | 'countries' | 'country_names', string | null>;
const words = (text: string | null) => (text ? text.split(' ') : []);

export const asActivity = (row: RawActivity): Activity => ({
	...row,
	elements: words(row.elements),
	targets: words(row.targets),
	countries: words(row.countries),
	country_names: row.country_names ? row.country_names.split('|') : []
});

export async function loadActivities(db: Db, filters: ActivityFilters): Promise<ActivitiesData> {
	await db.ensure(ACTIVITY_TABLES);
	const [agencies, framework, regions, [years]] = await Promise.all([
		once(db, 'activity-agencies', () => db.query<Agency>(agenciesQuery())),
		once(db, 'framework', () => db.query<FrameworkElement>(frameworkQuery())),
		once(db, 'activity-regions', () => db.query<{ region: string }>(activityRegionsQuery())),
		once(db, 'activity-years', () => db.query<{ first: number | null; last: number | null }>(activityYearsQuery()))
	]);
	const [raw, counts, status, ongoing] = await Promise.all([
		db.query<RawActivity>(activityListQuery(filters)),
		db.query<Omit<TargetSupport, 'score' | 'n_conventions' | 'change' | 'status' | 'mark'>>(supportQuery(filters)),
		loadTargetStatus(db, filters.region),
		db.query<{ activity_id: string; element_id: string }>(ongoingCoverageQuery(filters))
	]);
	const statusOf = new Map(status.map((row) => [row.element_id, row]));
	const support = counts.map((row) => {
		const { score = null, n_conventions = 0, change = null } = statusOf.get(row.element_id) ?? {};
		return { ...row, score, n_conventions, change, status: classify(score), mark: supportMark({ score, change, n_ongoing: row.n_ongoing }) };
	});
	return {
		filters,
		agencies,
		framework,
		regions: regions.map((row) => row.region),
		years: years?.first != null && years.last != null ? [years.first, years.last] : null,
		activities: raw.map(asActivity),
		support,
		ongoing
	};
}
