import { loadCompare } from '$lib/queries/compare';
import { buildDb } from '$lib/server/build-db';

/** Build time: the default comparison (three large countries); other selections are computed in the browser. */
export const load = async () => ({ compare: await loadCompare(await buildDb(), { compare: null }) });
