/**
 * Linked views on the convention page (cross-filtering, not navigation): a target chosen in "Status by
 * target" recolours the map by that target and gives the parties table that target's status; a class
 * chosen in the map's key filters the table. The choices live in the URL (`?target=t6.1&class=early`).
 */
import { MAP_CATEGORIES } from '$lib/charts/worldMap';
import type { ConventionData } from '$lib/queries/convention';
import type { ConventionCountry, MapCategory, PartyRow } from '$lib/queries/lens-types';
import type { FrameworkElement } from '$lib/queries/types';

export interface Selection {
	target: string | null;
	category: MapCategory | null;
}

export const NO_SELECTION: Selection = { target: null, category: null };

export function readSelection(params: URLSearchParams | null, framework: FrameworkElement[]): Selection {
	const target = params?.get('target') ?? null;
	const category = params?.get('class') ?? null;
	return {
		target: framework.some((e) => e.level === 'target' && e.element_id === target) ? target : null,
		category: (MAP_CATEGORIES as readonly string[]).includes(category ?? '') ? (category as MapCategory) : null
	};
}

/** The query string with the selection written (null removes a key), other keys kept. */
export function selectionSearch(current: URLSearchParams, changes: Partial<Selection>): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of [
		['target', changes.target],
		['class', changes.category]
	] as const) {
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

/** The parties of the chosen category (all when none is chosen). */
export function partiesIn(parties: PartyRow[], statuses: Map<string, ConventionCountry>, category: MapCategory | null): PartyRow[] {
	return category === null ? parties : parties.filter((party) => statuses.get(party.iso3)?.category === category);
}
