/** The header search's entries for the agencies and their activities (none when the build has no activity data). */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import { hasActivities } from './activities';

/** An agency (`agency` null) or one of its activities; both open the activities lens on that agency. */
export interface ActivitySearchEntry {
	kind: 'activity';
	id: string;
	name: string;
	agency_id: string;
	agency: string | null;
}

export const activitySearchQuery = () => sql`
	SELECT agency_id AS id, name, agency_id, NULL::VARCHAR AS agency, 0 AS rank FROM agencies
	UNION ALL
	SELECT a.activity_id, a.title, a.agency_id, g.name, 1 FROM activities a JOIN agencies g ON g.agency_id = a.agency_id
	ORDER BY rank, name, id`;

export async function activitySearchEntries(db: Db): Promise<ActivitySearchEntry[]> {
	if (!hasActivities(db)) return [];
	await db.ensure(['agencies', 'activities']);
	const rows = await db.query<Omit<ActivitySearchEntry, 'kind'>>(activitySearchQuery());
	return rows.map(({ id, name, agency_id, agency }) => ({ kind: 'activity', id, name, agency_id, agency }));
}
