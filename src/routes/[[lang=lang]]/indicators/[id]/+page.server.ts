import { error } from '@sveltejs/kit';
import { loadIndicatorIds } from '$lib/queries/indicators/catalogue';
import { loadIndicator } from '$lib/queries/indicators/indicator-page';
import { loadStatusVsOutcome } from '$lib/queries/indicators/status-vs-outcome';
import { buildDb } from '$lib/server/build-db';
import { KNOWN_INDICATORS as KNOWN } from '$lib/indicators/known';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per indicator in the data, and per indicator the importers know. */
export const entries: EntryGenerator = async () => {
	const ids = new Set([...(await loadIndicatorIds(await buildDb())), ...KNOWN.keys()]);
	return [...ids].sort().map((id) => ({ id }));
};

/** Build time: the default view (World only, the latest well-covered year) from the browser's own SQL. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDb();
	const inData = (await loadIndicatorIds(db)).includes(params.id);
	if (!inData && !KNOWN.has(params.id)) error(404, `No indicator "${params.id}"`);
	const indicator = await loadIndicator(db, { indicator: params.id, countries: [], year: null });
	const statusVsOutcome = await Promise.all(indicator.targets.map((target) => loadStatusVsOutcome(db, target.element_id)));
	return { id: params.id, name: indicator.indicator?.name ?? KNOWN.get(params.id)!, indicator, statusVsOutcome };
};
