/**
 * Filters live in the URL, so reload, back/forward and a copied link restore the same view. Prerendered
 * pages have no query string at build time: read it only in the browser.
 */
export const FILTER_KEYS = ['convention', 'cycle', 'region', 'element', 'compare'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type UrlFilters = Record<FilterKey, string | null>;

export function readUrlFilters(params: URLSearchParams | null): UrlFilters {
	const filters = {} as UrlFilters;
	for (const key of FILTER_KEYS) filters[key] = params?.get(key) || null;
	return filters;
}

/** The query string for `filters` changed by `changes` (null removes a key), keeping unknown keys. */
export function filterSearch(current: URLSearchParams, changes: Partial<UrlFilters>): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null || value === undefined || value === '') next.delete(key);
		else next.set(key, value);
	}
	const search = next.toString();
	return search ? `?${search}` : '?';
}
