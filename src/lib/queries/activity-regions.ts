/**
 * "The same by region": for each region where activities work, its ongoing activities and the targets that are
 * opportunities there (status over its countries, support from the activities working in them).
 */
import { supportMark } from '../activities/support-rule';
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import { chosenActivities, supportQuery } from './activities';
import { loadTargetStatus } from './activity-status';
import type { ActivityFilters } from './activity-types';

export interface RegionSupport {
	region: string;
	n_ongoing: number;
	/** Codes of the targets marked as opportunities in the region, in framework order. */
	opportunities: string[];
}

export const ongoingCountQuery = (filters: ActivityFilters) => sql`SELECT count(*)::INTEGER AS n FROM ${chosenActivities({ ...filters, status: 'ongoing' })} a`;

export async function loadRegionSupport(db: Db, filters: ActivityFilters, regions: string[]): Promise<RegionSupport[]> {
	return Promise.all(
		regions.map(async (region) => {
			const scoped = { ...filters, region };
			const [counts, status, [{ n }]] = await Promise.all([
				db.query<{ element_id: string; code: string; n_ongoing: number }>(supportQuery(scoped)),
				loadTargetStatus(db, region),
				db.query<{ n: number }>(ongoingCountQuery(scoped))
			]);
			const statusOf = new Map(status.map((row) => [row.element_id, row]));
			const opportunities = counts.filter((row) => {
				const { score = null, change = null } = statusOf.get(row.element_id) ?? {};
				return supportMark({ score, change, n_ongoing: row.n_ongoing }) === 'opportunity';
			});
			return { region, n_ongoing: n, opportunities: opportunities.map((row) => row.code) };
		})
	);
}
