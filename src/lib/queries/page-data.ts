/**
 * A country's and a framework element's page data, from any Db: the build prerenders them from the published data
 * (each route's +page.server.ts), and the browser computes the same from the user's opened data (opened-pages.ts).
 * null for an id the data does not have.
 */
import type { Db } from '../db/connection';
import { frameworkIndicators } from '../indicators/framework';
import { loadActivitiesFor } from './activities-for';
import { loadCountry, loadCountryIds } from './country';
import { loadCountryIndicators, loadTargetIndicators } from './indicators/panels';
import { loadStatusVsOutcome } from './indicators/status-vs-outcome';
import { loadElementIds } from './target/element-ids';
import { loadTarget } from './target/target-page';

export async function countryPageData(db: Db, iso3: string) {
	if (!(await loadCountryIds(db)).includes(iso3)) return null;
	const [country, indicators, activities] = await Promise.all([loadCountry(db, iso3), loadCountryIndicators(db, iso3), loadActivitiesFor(db, { iso3 })]);
	return { country, indicators, activities };
}

export async function targetPageData(db: Db, id: string) {
	if (!(await loadElementIds(db)).includes(id)) return null;
	const target = await loadTarget(db, { element: id, convention: null, cycle: null, region: null });
	const [panels, statusVsOutcome, activities] = await Promise.all([
		loadTargetIndicators(db, id),
		loadStatusVsOutcome(db, id),
		loadActivitiesFor(db, { element: id })
	]);
	return { target, indicators: frameworkIndicators(target.framework, id), panels, statusVsOutcome, activities };
}
