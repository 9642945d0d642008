import { error } from '@sveltejs/kit';
import { targetData, whenOpened } from '$lib/open/opened-pages';
import type { PageLoad } from './$types';

/** While the user's data is open (/open/), computed from it in the browser. */
export const load: PageLoad = ({ data, params }) =>
	whenOpened(data, async (db) => (await targetData(db, params.id)) ?? error(404, `No framework element "${params.id}" in your data`));
