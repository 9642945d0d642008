import { defaultSince, loadChanges } from '$lib/queries/changes/load';
import { asOfDate } from '$lib/scoring/as-of';
import { buildDb } from '$lib/server/build-db';

/** Build time: since one year before the data's date, every convention and region; other dates are asked in the browser. */
export const load = async () => {
	const db = await buildDb();
	return { changes: await loadChanges(db, { since: defaultSince(asOfDate(db.manifest)), convention: null, region: null }) };
};
