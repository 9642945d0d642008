import { error } from '@sveltejs/kit';
import { conventionData, whenOpened } from '$lib/open/opened-pages';
import type { PageLoad } from './$types';

/** While the user's data is open (/open/), computed from it in the browser. */
export const load: PageLoad = ({ data, params }) =>
	whenOpened(data, async (db) => (await conventionData(db, params.id)) ?? error(404, `No convention "${params.id}" in your data`));
