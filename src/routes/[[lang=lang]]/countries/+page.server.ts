import { loadCountryList } from '$lib/queries/country';
import { buildDb } from '$lib/server/build-db';

export const load = async () => ({ countries: await loadCountryList(await buildDb()) });
