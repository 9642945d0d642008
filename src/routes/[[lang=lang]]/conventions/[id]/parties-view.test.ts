import { describe, expect, it } from 'vitest';
import type { ConventionCountry, Cycle, PartyRow, ReportState } from '$lib/queries/lens-types';
import { DEFAULT_VIEW, partiesCsvRows, partiesViewSearch, readPartiesView, shownParties } from './parties-view';

const cycles: Cycle[] = [
	{ convention_id: 'cms', cycle_id: 'cop9', label: 'COP9', year: 2008, due: '2008-06-01' },
	{ convention_id: 'cms', cycle_id: 'cop10', label: 'COP10', year: 2011, due: '2011-05-01' }
];
const party = (iso3: string, name: string, joined: string, cop9: ReportState, cop10: ReportState, submitted: string | null = null): PartyRow => ({
	iso3,
	name,
	region: 'Africa',
	joined,
	reports: { cop9: { cycle_id: 'cop9', state: cop9, submitted: null }, cop10: { cycle_id: 'cop10', state: cop10, submitted } }
});
const parties = [
	party('KEN', 'Kenya', '1999-05-01', 'on_time', 'overdue'),
	party('CIV', 'Côte d’Ivoire', '2003-01-01', 'late', 'late', '2011-09-01'),
	party('BEN', 'Benin', '2010-01-01', 'not_expected', 'on_time', '2011-04-01'),
	party('ZAF', 'South Africa', '2011-12-01', 'not_expected', 'not_expected')
];
const statuses = new Map<string, ConventionCountry>([
	['KEN', { iso3: 'KEN', score: 0.4 } as ConventionCountry],
	['BEN', { iso3: 'BEN', score: 0.8 } as ConventionCountry]
]);
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const ids = (view: Partial<typeof DEFAULT_VIEW>) => shownParties(parties, statuses, cycles, 'cop10', { ...DEFAULT_VIEW, ...view }, collator).map((p) => p.iso3);

describe('the parties table view', () => {
	it('filters on the chosen cycle: overdue, late, not yet a party at its due date', () => {
		expect(ids({})).toEqual(['BEN', 'CIV', 'KEN', 'ZAF']);
		expect(ids({ show: 'overdue' })).toEqual(['KEN']);
		expect(ids({ show: 'late' })).toEqual(['CIV']);
		expect(ids({ show: 'not_party' })).toEqual(['ZAF']);
	});

	it('sorts by any column, both ways; a missing status goes last either way', () => {
		expect(ids({ sort: 'joined' })).toEqual(['KEN', 'CIV', 'BEN', 'ZAF']);
		expect(ids({ sort: 'joined', order: 'desc' })).toEqual(['ZAF', 'BEN', 'CIV', 'KEN']);
		expect(ids({ sort: 'status' })).toEqual(['KEN', 'BEN', 'CIV', 'ZAF']);
		expect(ids({ sort: 'status', order: 'desc' })).toEqual(['BEN', 'KEN', 'CIV', 'ZAF']);
		expect(ids({ sort: 'cop10' })).toEqual(['KEN', 'CIV', 'BEN', 'ZAF']);
		expect(ids({ sort: 'country', order: 'desc' })).toEqual(['ZAF', 'KEN', 'CIV', 'BEN']);
	});

	it('round-trips through the URL, dropping defaults and unknown values, keeping other keys', () => {
		const search = partiesViewSearch(new URLSearchParams('region=Africa'), { show: 'overdue', sort: 'cop9', order: 'desc' });
		expect(search).toBe('?region=Africa&parties=overdue&sort=cop9&order=desc');
		expect(readPartiesView(new URLSearchParams(search), cycles)).toEqual({ show: 'overdue', sort: 'cop9', order: 'desc' });
		expect(readPartiesView(new URLSearchParams('parties=bogus&sort=cop99'), cycles)).toEqual(DEFAULT_VIEW);
		expect(partiesViewSearch(new URLSearchParams('parties=late'), DEFAULT_VIEW)).toBe('?');
	});

	it('writes the rows shown as machine-readable CSV columns (state ids, ISO dates)', () => {
		const { columns, rows } = partiesCsvRows([parties[1]], statuses, cycles);
		expect(columns).toEqual([
			'iso3',
			'country',
			'region',
			'joined',
			'status',
			'score',
			'cop9_report',
			'cop9_submitted',
			'cop9_url',
			'cop10_report',
			'cop10_submitted',
			'cop10_url'
		]);
		expect(rows[0]).toMatchObject({ iso3: 'CIV', joined: '2003-01-01', status: null, cop10_report: 'late', cop10_submitted: '2011-09-01' });
	});
});
