/**
 * The parties table's own view, kept in the URL: which parties show (all, overdue in the chosen cycle,
 * submitted late, not yet a party at its due date) and the column it is sorted by. Pure functions over the
 * rows the convention query returns (the report states are the query's), and the CSV of what is shown.
 */
import type { ConventionCountry, Cycle, PartyRow, ReportState } from '$lib/queries/lens-types';

export const PARTY_FILTERS = ['all', 'overdue', 'late', 'not_party'] as const;
export type PartyFilter = (typeof PARTY_FILTERS)[number];
export type SortOrder = 'asc' | 'desc';
/** `country`, `joined`, `status` or a cycle_id. */
export interface PartiesView {
	show: PartyFilter;
	sort: string;
	order: SortOrder;
}

export const DEFAULT_VIEW: PartiesView = { show: 'all', sort: 'country', order: 'asc' };
/** URL keys of the view (beside the page's `cycle` and `region`). */
export const VIEW_KEYS = { show: 'parties', sort: 'sort', order: 'order' } as const;

export function readPartiesView(params: URLSearchParams | null, cycles: Cycle[]): PartiesView {
	const show = params?.get(VIEW_KEYS.show) as PartyFilter | null;
	const sort = params?.get(VIEW_KEYS.sort) ?? '';
	const columns = ['country', 'joined', 'status', ...cycles.map((cycle) => cycle.cycle_id)];
	return {
		show: show && PARTY_FILTERS.includes(show) ? show : DEFAULT_VIEW.show,
		sort: columns.includes(sort) ? sort : DEFAULT_VIEW.sort,
		order: params?.get(VIEW_KEYS.order) === 'desc' ? 'desc' : 'asc'
	};
}

/** The query string with the view written (defaults left out), other keys kept. */
export function partiesViewSearch(current: URLSearchParams, view: PartiesView): string {
	const next = new URLSearchParams(current);
	for (const key of ['show', 'sort', 'order'] as const) {
		if (view[key] === DEFAULT_VIEW[key]) next.delete(VIEW_KEYS[key]);
		else next.set(VIEW_KEYS[key], view[key]);
	}
	const search = next.toString();
	return search ? `?${search}` : '?';
}

/** Not yet a party at the cycle's due date (joined after it). */
export const joinedAfter = (party: PartyRow, cycle: Cycle) => party.joined > cycle.due;

export function keepParty(party: PartyRow, show: PartyFilter, cycle: Cycle): boolean {
	switch (show) {
		case 'all':
			return true;
		case 'overdue':
		case 'late':
			return party.reports[cycle.cycle_id]?.state === show;
		case 'not_party':
			return joinedAfter(party, cycle);
	}
}

/** Order of report states when a cycle column is sorted: who owes most first in ascending order. */
const STATE_ORDER: Record<ReportState, number> = { overdue: 0, late: 1, pending: 2, on_time: 3, not_expected: 4, not_party: 5 };

export function shownParties(
	parties: PartyRow[],
	statuses: Map<string, ConventionCountry>,
	cycles: Cycle[],
	chosen: string,
	view: PartiesView,
	collator: Intl.Collator
): PartyRow[] {
	const cycle = cycles.find((c) => c.cycle_id === chosen) ?? cycles[cycles.length - 1];
	const byName = (a: PartyRow, b: PartyRow) => collator.compare(a.name, b.name);
	const compare = (a: PartyRow, b: PartyRow): number => {
		switch (view.sort) {
			case 'country':
				return byName(a, b);
			case 'joined':
				return a.joined.localeCompare(b.joined);
			case 'status':
				return nullsLast(statuses.get(a.iso3)?.score, statuses.get(b.iso3)?.score, view.order);
			default: {
				const ra = a.reports[view.sort];
				const rb = b.reports[view.sort];
				return STATE_ORDER[ra?.state ?? 'not_party'] - STATE_ORDER[rb?.state ?? 'not_party'] || (ra?.submitted ?? '').localeCompare(rb?.submitted ?? '');
			}
		}
	};
	const sign = view.order === 'desc' ? -1 : 1;
	return parties
		.filter((party) => keepParty(party, view.show, cycle))
		.toSorted((a, b) => (view.sort === 'status' ? compare(a, b) : sign * compare(a, b)) || byName(a, b));
}

/** Numbers with no value go last in either order. */
function nullsLast(a: number | null | undefined, b: number | null | undefined, order: SortOrder): number {
	if (a == null || b == null) return (a == null ? 1 : 0) - (b == null ? 1 : 0);
	return order === 'desc' ? b - a : a - b;
}

/** The shown rows as machine-readable CSV columns: ids and ISO dates, state ids, no symbols. */
export function partiesCsvRows(parties: PartyRow[], statuses: Map<string, ConventionCountry>, cycles: Cycle[]) {
	const columns = [
		'iso3',
		'country',
		'region',
		'joined',
		'status',
		'score',
		...cycles.flatMap((c) => [`${c.cycle_id}_report`, `${c.cycle_id}_submitted`, `${c.cycle_id}_url`])
	];
	const rows = parties.map((party) => {
		const status = statuses.get(party.iso3);
		const row: Record<string, unknown> = {
			iso3: party.iso3,
			country: party.name,
			region: party.region,
			joined: party.joined,
			status: status?.status ?? null,
			score: status?.score ?? null
		};
		for (const cycle of cycles) {
			row[`${cycle.cycle_id}_report`] = party.reports[cycle.cycle_id]?.state ?? null;
			row[`${cycle.cycle_id}_submitted`] = party.reports[cycle.cycle_id]?.submitted ?? null;
			row[`${cycle.cycle_id}_url`] = party.reports[cycle.cycle_id]?.url ?? null;
		}
		return row;
	});
	return { columns, rows };
}
