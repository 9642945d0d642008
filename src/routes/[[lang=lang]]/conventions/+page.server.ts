import { loadConventionList } from '$lib/queries/convention';
import { buildDb } from '$lib/server/build-db';

export const load = async () => ({ conventions: await loadConventionList(await buildDb()) });
