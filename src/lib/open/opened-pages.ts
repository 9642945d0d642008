/**
 * The pages' data computed in the browser from the user's opened data, with the same query functions the build
 * ran on the published data (each route's +page.server.ts). A route's +page.ts swaps its prerendered data for
 * these while opened data is active; the 404 page uses them for ids the published build never had.
 */
import { browser } from '$app/environment';
import { getDb, type Db } from '$lib/db/client';
import { hasActivities, loadActivitiesView } from '$lib/queries/activities-view';
import { NO_ACTIVITY_FILTERS } from '$lib/queries/activity-types';
import { defaultSince, loadChanges } from '$lib/queries/changes/load';
import { loadCompare } from '$lib/queries/compare';
import { loadConvention, loadConventionIds, loadConventionList } from '$lib/queries/convention';
import { loadCountryList } from '$lib/queries/country';
import { loadIndicatorIndex } from '$lib/queries/indicators/index-page';
import { loadIndicator } from '$lib/queries/indicators/indicator-page';
import { loadWorldIndicators } from '$lib/queries/indicators/panels';
import { loadStatusVsOutcome } from '$lib/queries/indicators/status-vs-outcome';
import { loadOverview } from '$lib/queries/overview';
import { loadTargetsIndex } from '$lib/queries/target/targets-index';
import { asOfDate } from '$lib/scoring/as-of';
import { openedSummary } from './opened-store';

/** True in a browser while the user's data is open: pages must show it, never their prerendered numbers. */
export const openedActive = () => browser && openedSummary() !== null;

/** The route's own data, or, while opened data is active, the same data computed from it. */
export async function whenOpened<T extends object, U extends Partial<T>>(data: T, compute: (db: Db) => Promise<U>): Promise<T> {
	if (!openedActive()) return data;
	return { ...data, ...(await compute(await getDb())) };
}

export const overviewData = async (db: Db) => ({ overview: await loadOverview(db) });
export const compareData = async (db: Db) => ({ compare: await loadCompare(db, { compare: null }) });
export const changesData = async (db: Db) => ({
	changes: await loadChanges(db, { since: defaultSince(asOfDate(db.manifest)), convention: null, region: null })
});
export const conventionListData = async (db: Db) => ({ conventions: await loadConventionList(db) });
export const countryListData = async (db: Db) => ({ countries: await loadCountryList(db) });
export const targetsIndexData = async (db: Db) => ({ index: await loadTargetsIndex(db) });
export const activitiesData = async (db: Db) => ({
	activities: hasActivities(db) ? await loadActivitiesView(db, NO_ACTIVITY_FILTERS) : null
});

export async function conventionData(db: Db, id: string) {
	if (!(await loadConventionIds(db)).includes(id)) return null;
	return { convention: await loadConvention(db, { convention: id, cycle: null, region: null }) };
}

export { countryPageData as countryData, targetPageData as targetData } from '$lib/queries/page-data';

/** The indicators index from the opened data: empty when it carries no indicator tables (the page then says so). */
export async function indicatorIndexData(db: Db) {
	const [index, world] = await Promise.all([loadIndicatorIndex(db), loadWorldIndicators(db)]);
	return { index, world };
}

/** One indicator's page (its default view) from the opened data; null when the opened data has no such indicator. */
export async function indicatorData(db: Db, id: string) {
	const indicator = await loadIndicator(db, { indicator: id, countries: [], year: null });
	if (!indicator.indicator) return null;
	const statusVsOutcome = await Promise.all(indicator.targets.map((target) => loadStatusVsOutcome(db, target.element_id)));
	return { id, name: indicator.indicator.name, indicator, statusVsOutcome };
}
