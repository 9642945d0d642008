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

/** The query string for the current one changed by `changes` (null removes a key), other keys kept. */
export function changesSearch(current: URLSearchParams, changes: Partial<Record<keyof ChangesFilters, string | null>>): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of Object.entries(changes)) {
		if (value) next.set(key, value);
		else next.delete(key);
	}
	const search = next.toString();
	return search ? `?${search}` : '?';
}
