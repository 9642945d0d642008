import { describe, expect, it } from 'vitest';
import type { Headline, ReportingRow } from '$lib/queries/types';
import { overviewSummary } from './overview-summary';

const headline: Headline = {
	parties: 190,
	reports_due: 400,
	reports_submitted: 300,
	reports_not_yet_due: 0,
	reporting_rate: 0.75,
	as_of: '2015-08-01',
	not_covered: 0,
	class_shares: [
		{ status: 'not_started', cells: 10, share: 0.1 },
		{ status: 'early', cells: 20, share: 0.2 },
		{ status: 'in_progress', cells: 30, share: 0.3 },
		{ status: 'advanced', cells: 35, share: 0.35 },
		{ status: 'no_data', cells: 5, share: 0.05 },
		{ status: 'not_covered', cells: 0, share: 0 }
	]
};

const row = (convention_id: string, year: number, rate: number): ReportingRow => ({
	convention_id,
	cycle_id: `c${year}`,
	label: `Cycle ${year}`,
	year,
	expected: 100,
	submitted: rate * 100,
	rate
});

describe('overviewSummary', () => {
	it('states the reporting rate, the class shares and the best latest cycle', () => {
		const reporting = [row('cbd', 2005, 0.95), row('cbd', 2009, 0.6), row('cms', 2008, 0.8)];
		const conventions = [
			{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
			{ convention_id: 'cms', name: 'Convention on Migratory Species', short_name: 'CMS' }
		];
		expect(overviewSummary(headline, reporting, conventions)).toEqual([
			'75% of the 400 reports due in the conventions’ latest cycles were submitted.',
			'Of 100 convention × target cells, 35% are advanced and 10% not started; 5% have no data.',
			'Highest reporting rate in a latest cycle: CMS (80%, Cycle 2008).',
			'Lowest reporting rate in a latest cycle: CBD (60%, Cycle 2009).'
		]);
	});

	it('counts what the formats do not ask apart, and the reports not yet due as of the data’s date', () => {
		const withGaps: Headline = {
			...headline,
			reports_not_yet_due: 1,
			not_covered: 6,
			class_shares: headline.class_shares.map((s) => (s.status === 'not_covered' ? { ...s, cells: 6 } : s))
		};
		expect(overviewSummary(withGaps, [], [])).toEqual([
			'75% of the 400 reports due in the conventions’ latest cycles were submitted.',
			'1 more report is not yet due as of Aug 1, 2015.',
			// Still out of the 100 cells whose format asks.
			'Of 100 convention × target cells, 35% are advanced and 10% not started; 5% have no data.',
			'6 convention × target cells are not covered by their convention’s report format and are left out of the shares.'
		]);
	});
});
