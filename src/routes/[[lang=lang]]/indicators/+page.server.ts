import { loadIndicatorIndex } from '$lib/queries/indicators/index-page';
import { loadWorldIndicators } from '$lib/queries/indicators/panels';
import { buildDb } from '$lib/server/build-db';

/** Build time: every indicator with its World trend, grouped by the targets it informs. */
export const load = async () => {
	const db = await buildDb();
	const [index, world] = await Promise.all([loadIndicatorIndex(db), loadWorldIndicators(db)]);
	return { index, world };
};
