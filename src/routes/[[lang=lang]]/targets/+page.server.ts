import { loadTargetsIndex } from '$lib/queries/target/targets-index';
import { buildDb } from '$lib/server/build-db';

/** Build time: the framework with each element's latest status per convention (no filters on this page). */
export const load = async () => ({ index: await loadTargetsIndex(await buildDb()) });
