import { hasActivities, loadActivitiesView } from '$lib/queries/activities-view';
import { NO_ACTIVITY_FILTERS } from '$lib/queries/activity-types';
import { buildDb } from '$lib/server/build-db';

/** Build time: the default view (every agency, status, period and region) from the browser's own SQL; null without activity data. */
export const load = async () => {
	const db = await buildDb();
	return { activities: hasActivities(db) ? await loadActivitiesView(db, NO_ACTIVITY_FILTERS) : null };
};
