import { error } from '@sveltejs/kit';
import { loadCountryIds } from '$lib/queries/country';
import { countryPageData } from '$lib/queries/page-data';
import { buildDb } from '$lib/server/build-db';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per country that is party to at least one convention. */
export const entries: EntryGenerator = async () => (await loadCountryIds(await buildDb())).map((iso3) => ({ iso3 }));

/** Build time: the whole page from the browser's own SQL; only the evidence asks DuckDB in the browser. */
export const load: PageServerLoad = async ({ params }) => (await countryPageData(await buildDb(), params.iso3)) ?? error(404, `No party "${params.iso3}"`);
