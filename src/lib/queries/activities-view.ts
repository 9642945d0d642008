/** Everything the activities page shows for one set of filters: the lens's data, and (for all regions) the region table. */
import type { Db } from '../db/connection';
import { ACTIVITY_TABLES, hasActivities, loadActivities } from './activities';
import { loadRegionSupport, type RegionSupport } from './activity-regions';
import type { ActivitiesData, ActivityFilters } from './activity-types';

export { ACTIVITY_TABLES, hasActivities };

export interface ActivitiesView extends ActivitiesData {
	/** Empty when a region is chosen (the page then shows that region only). */
	byRegion: RegionSupport[];
}

export async function loadActivitiesView(db: Db, filters: ActivityFilters): Promise<ActivitiesView> {
	const data = await loadActivities(db, filters);
	const byRegion = filters.region ? [] : await loadRegionSupport(db, filters, data.regions);
	return { ...data, byRegion };
}
