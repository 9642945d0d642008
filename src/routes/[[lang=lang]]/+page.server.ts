import { loadOverview } from '$lib/queries/overview';
import { buildDb } from '$lib/server/build-db';
import { buildRendering } from '$lib/server/build-rendering';

/** Build time: the default view from the same SQL the browser runs, so the first view needs no DuckDB. */
export const load = async () => ({ overview: buildRendering() ? await loadOverview(await buildDb()) : null });
