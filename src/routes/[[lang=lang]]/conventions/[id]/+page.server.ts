import { error } from '@sveltejs/kit';
import { loadConvention, loadConventionIds } from '$lib/queries/convention';
import { buildDb } from '$lib/server/build-db';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per convention in the data. */
export const entries: EntryGenerator = async () => (await loadConventionIds(await buildDb())).map((id) => ({ id }));

/** Build time: the default view (latest cycle, all regions) from the browser's own SQL. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDb();
	if (!(await loadConventionIds(db)).includes(params.id)) error(404, `No convention "${params.id}"`);
	return { convention: await loadConvention(db, { convention: params.id, cycle: null, region: null }) };
};
