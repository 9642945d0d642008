import { error } from '@sveltejs/kit';
import { countryData, whenOpened } from '$lib/open/opened-pages';
import type { PageLoad } from './$types';

/** While the user's data is open (/open/), computed from it in the browser. */
export const load: PageLoad = ({ data, params }) =>
	whenOpened(data, async (db) => (await countryData(db, params.iso3)) ?? error(404, `No party "${params.iso3}" in your data`));
