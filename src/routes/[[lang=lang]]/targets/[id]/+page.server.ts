import { error } from '@sveltejs/kit';
import { targetPageData } from '$lib/queries/page-data';
import { loadElementIds } from '$lib/queries/target/element-ids';
import { buildDb } from '$lib/server/build-db';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per framework element: the 21 targets, 11 goals and 7 focal areas. */
export const entries: EntryGenerator = async () => (await loadElementIds(await buildDb())).map((id) => ({ id }));

/** Build time: the default view (every convention, latest cycles, all regions) from the browser's own SQL. */
export const load: PageServerLoad = async ({ params }) =>
	(await targetPageData(await buildDb(), params.id)) ?? error(404, `No framework element "${params.id}"`);
