import { error } from '@sveltejs/kit';
import { loadActivitiesFor } from '$lib/queries/activities-for';
import { loadTargetIndicators } from '$lib/queries/indicators/panels';
import { loadStatusVsOutcome } from '$lib/queries/indicators/status-vs-outcome';
import { loadElementIds } from '$lib/queries/target/element-ids';
import { loadTarget } from '$lib/queries/target/target-page';
import { buildDb } from '$lib/server/build-db';
import { frameworkIndicators } from '$lib/indicators/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per framework element: the 21 targets, 11 goals and 7 focal areas. */
export const entries: EntryGenerator = async () => (await loadElementIds(await buildDb())).map((id) => ({ id }));

/** Build time: the default view (every convention, latest cycles, all regions) from the browser's own SQL. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDb();
	if (!(await loadElementIds(db)).includes(params.id)) error(404, `No framework element "${params.id}"`);
	const target = await loadTarget(db, { element: params.id, convention: null, cycle: null, region: null });
	const [panels, statusVsOutcome, activities] = await Promise.all([
		loadTargetIndicators(db, params.id),
		loadStatusVsOutcome(db, params.id),
		loadActivitiesFor(db, { element: params.id })
	]);
	return { target, indicators: frameworkIndicators(target.framework, params.id), panels, statusVsOutcome, activities };
};
