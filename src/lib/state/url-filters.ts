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

/** A comma-separated list of ISO3 codes (`?countries=BRA,kEn`): trimmed, upper-cased, anything else dropped. */
export function readIso3List(params: URLSearchParams | null, key: string): string[] {
	return (params?.get(key) ?? '')
		.split(',')
		.map((code) => code.trim().toUpperCase())
		.filter((code) => /^[A-Z]{3}$/.test(code));
}

/** A four-digit year (`?year=2010`), else null. */
export function readYear(params: URLSearchParams | null, key: string): number | null {
	const text = params?.get(key) ?? '';
	return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** The query string `current` changed by `changes` (null or empty removes a key), keeping every other key. */
export function filterSearch(current: URLSearchParams, changes: Readonly<Record<string, string | null | undefined>>): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null || value === undefined || value === '') next.delete(key);
		else next.set(key, value);
	}
	const search = next.toString();
	return search ? `?${search}` : '?';
}

/** The filters a page checks against its data: a value that names nothing there is dropped, with a notice. */
export const CHECKED_KEYS = ['region', 'convention', 'cycle'] as const;
export type CheckedKey = (typeof CHECKED_KEYS)[number];

/** What a page's data holds for each filter it offers (a key left out is not checked). */
export interface KnownValues {
	region?: readonly string[];
	convention?: readonly string[];
	/** Cycles with their convention: with `convention` known too, a cycle must be of the chosen convention. */
	cycle?: readonly { convention_id: string; cycle_id: string }[];
}

export interface UnknownFilter {
	key: CheckedKey;
	value: string;
}

/** The URL's values that name nothing in the page's data, in the order region, convention, cycle. */
export function unknownFilters(url: UrlFilters, known: KnownValues): UnknownFilter[] {
	const unknown: UnknownFilter[] = [];
	const check = (key: CheckedKey, ok: (value: string) => boolean) => {
		const value = url[key];
		if (value && !ok(value)) unknown.push({ key, value });
	};
	if (known.region) check('region', (value) => known.region!.includes(value));
	if (known.convention) check('convention', (value) => known.convention!.includes(value));
	if (known.cycle) {
		const convention = known.convention && url.convention && known.convention.includes(url.convention) ? url.convention : null;
		check('cycle', (value) => known.cycle!.some((c) => c.cycle_id === value && (!known.convention || c.convention_id === convention)));
	}
	return unknown;
}

/** The URL's filters with the unknown values dropped: the view shows all regions (conventions, the latest cycle). */
export function knownFilters(url: UrlFilters, known: KnownValues): UrlFilters {
	const checked = { ...url };
	for (const { key } of unknownFilters(url, known)) checked[key] = null;
	return checked;
}

const MAX_SHOWN = 60;

/** A URL value as a notice may quote it: control and direction-override characters replaced, cut to 60 characters. */
export function quotedValue(value: string): string {
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
	const chars = [...clean];
	return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : clean;
}
