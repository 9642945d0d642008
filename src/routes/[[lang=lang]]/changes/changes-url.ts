/** The view's choices in the URL: `?since=YYYY-MM-DD&convention=&region=`; values the data lacks are dropped. */
import { defaultSince, type ChangesData, type ChangesFilters } from '$lib/queries/changes/load';
import { validSince } from '$lib/queries/changes/presets';

export function readChangesUrl(params: URLSearchParams | null, known: Pick<ChangesData, 'asOf' | 'conventions' | 'regions'>): ChangesFilters {
	const convention = params?.get('convention') ?? null;
	const region = params?.get('region') ?? null;
	return {
		since: validSince(params?.get('since')) ?? defaultSince(known.asOf),
		convention: known.conventions.some((c) => c.convention_id === convention) ? convention : null,
		region: region && known.regions.includes(region) ? region : null
	};
}
