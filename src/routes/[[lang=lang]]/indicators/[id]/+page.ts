import { indicatorData, whenOpened } from '$lib/open/opened-pages';
import { noIndicator } from '$lib/queries/indicators/indicator-page';
import type { PageLoad } from './$types';

/**
 * While the user's data is open (/open/), computed from it in the browser. An indicator the opened data lacks keeps
 * its name and says that the opened data has no values for it, never the published numbers.
 */
export const load: PageLoad = ({ data, params }) =>
	whenOpened(data, async (db) => (await indicatorData(db, params.id)) ?? { indicator: noIndicator(), statusVsOutcome: [] });
