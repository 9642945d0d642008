/**
 * The activities on one framework element (a goal or focal area: on any target under it) and in one country,
 * for the sections of the target and country pages: prerendered with the page, and computed from the opened data
 * in the browser (opened-pages.ts).
 */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { ACTIVITY_TABLES, activityRowsQuery, asActivity, hasActivities, type RawActivity } from './activities';
import type { Activity } from './activity-types';

export const activitiesOnElementQuery = (elementId: string) =>
	activityRowsQuery(
		fragment(sql`(
			SELECT * FROM activities WHERE activity_id IN (
				SELECT c.activity_id FROM activity_coverage c
				JOIN framework t ON t.element_id = c.element_id
				LEFT JOIN framework g ON g.element_id = t.parent_id
				WHERE ${elementId} IN (t.element_id, t.parent_id, g.parent_id)))`)
	);

export const activitiesInCountryQuery = (iso3: string) =>
	activityRowsQuery(fragment(sql`(SELECT * FROM activities WHERE activity_id IN (SELECT activity_id FROM activity_countries WHERE iso3 = ${iso3}))`));

/** null when the data has no activity tables. */
export async function loadActivitiesFor(db: Db, scope: { element: string } | { iso3: string }): Promise<Activity[] | null> {
	if (!hasActivities(db)) return null;
	await db.ensure(ACTIVITY_TABLES);
	const query = 'element' in scope ? activitiesOnElementQuery(scope.element) : activitiesInCountryQuery(scope.iso3);
	return (await db.query<RawActivity>(query)).map(asActivity);
}
