import { error } from '@sveltejs/kit';
import { loadActivitiesFor } from '$lib/queries/activities-for';
import { loadCountry, loadCountryIds } from '$lib/queries/country';
import { loadCountryIndicators } from '$lib/queries/indicators/panels';
import { buildDb } from '$lib/server/build-db';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per country that is party to at least one convention. */
export const entries: EntryGenerator = async () => (await loadCountryIds(await buildDb())).map((iso3) => ({ iso3 }));

/** Build time: the whole page from the browser's own SQL; only the evidence asks DuckDB in the browser. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDb();
	if (!(await loadCountryIds(db)).includes(params.iso3)) error(404, `No party "${params.iso3}"`);
	const [country, indicators, activities] = await Promise.all([
		loadCountry(db, params.iso3),
		loadCountryIndicators(db, params.iso3),
		loadActivitiesFor(db, { iso3: params.iso3 })
	]);
	return { country, indicators, activities };
};
