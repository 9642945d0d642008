/**
 * Linked views on the convention page (cross-filtering, not navigation): a target chosen in "Status by
 * target" recolours the map by that target and gives the parties table that target's status; a class
 * chosen in the map's key, or a region chosen by selecting one of its countries on the map, filters the
 * table. The choices live in the URL (`?target=t6.1&class=early&parties_region=Africa`). The map's region
 * filters the table only (the map keeps the world); the page-wide `?region=` filters every view, so while
 * it is set the map's choice is dropped (the table already shows that region).
 */
import { MAP_CATEGORIES } from '$lib/charts/worldMap';
import type { ConventionData } from '$lib/queries/convention';
import type { ConventionCountry, MapCategory, PartyRow } from '$lib/queries/lens-types';
import type { FrameworkElement } from '$lib/queries/types';

export interface Selection {
	target: string | null;
	category: MapCategory | null;
	/** The region chosen on the map: the table shows its parties. */
	region: string | null;
}

export const NO_SELECTION: Selection = { target: null, category: null, region: null };
/** URL keys of the selection. */
export const SELECTION_KEYS = { target: 'target', category: 'class', region: 'parties_region' } as const;

export function readSelection(params: URLSearchParams | null, framework: FrameworkElement[], regions: string[]): Selection {
	const target = params?.get(SELECTION_KEYS.target) ?? null;
	const category = params?.get(SELECTION_KEYS.category) ?? null;
	const region = params?.get(SELECTION_KEYS.region) ?? null;
	const pageRegion = params?.get('region') ?? null;
	return {
		target: framework.some((e) => e.level === 'target' && e.element_id === target) ? target : null,
		category: (MAP_CATEGORIES as readonly string[]).includes(category ?? '') ? (category as MapCategory) : null,
		region: region && regions.includes(region) && !regions.includes(pageRegion ?? '') ? region : null
	};
}

/** The query string with the selection written (null removes a key), other keys kept. */
export function selectionSearch(current: URLSearchParams, changes: Partial<Selection>): string {
	const next = new URLSearchParams(current);
	for (const name of ['target', 'category', 'region'] as const) {
		const key = SELECTION_KEYS[name];
		const value = changes[name];
		if (value === undefined) continue;
		if (value === null) next.delete(key);
		else next.set(key, value);
	}
	const search = next.toString();
	return search ? `?${search}` : '?';
}

/**
 * Each country as the map and table show it: overall status, or with a target loaded its status on that
 * target (a party without a status row for it, e.g. no report, has no data; a non-party stays not a party).
 */
export function countriesFor(data: ConventionData): ConventionCountry[] {
	if (!data.target) return data.countries;
	const byIso = new Map(data.target.countries.map((row) => [row.iso3, row]));
	return data.countries.map((country) => {
		const row = byIso.get(country.iso3);
		const status = row?.status ?? 'no_data';
		return { ...country, score: row?.score ?? null, status, n_targets: row ? 1 : 0, category: country.joined == null ? 'not_party' : status };
	});
}

/** The parties of the chosen category and region (all when none is chosen). */
export function partiesIn(parties: PartyRow[], statuses: Map<string, ConventionCountry>, { category, region }: Selection): PartyRow[] {
	return parties.filter((party) => (category === null || statuses.get(party.iso3)?.category === category) && (region === null || party.region === region));
}

/** The countries of the chosen region (all when none is chosen). */
export const countriesIn = (countries: ConventionCountry[], region: string | null) =>
	region === null ? countries : countries.filter((country) => country.region === region);

/** The map's choice for a selected country: its region, or none when that region is already chosen. */
export function regionChoice(countries: ConventionCountry[], iso3: string, chosen: string | null): string | null | undefined {
	const region = countries.find((country) => country.iso3 === iso3)?.region;
	if (!region) return undefined;
	return region === chosen ? null : region;
}
