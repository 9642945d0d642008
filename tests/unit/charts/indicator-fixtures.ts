/** Small hand-made indicator rows for the chart tests (shapes as the indicator queries return them). */
import { describeChange } from '../../../src/lib/indicators/change';
import type { RankedValue } from '../../../src/lib/queries/indicators/indicator-page';
import type { IndicatorPanel } from '../../../src/lib/queries/indicators/panels';
import type { EntityChange, SeriesPoint } from '../../../src/lib/queries/indicators/values';

const point = (code: string, name: string, kind: SeriesPoint['kind'], year: number, value: number): SeriesPoint => ({ code, name, kind, year, value });

export const series: SeriesPoint[] = [
	...[
		[2000, 0.8],
		[2005, 0.79],
		[2010, 0.77],
		[2015, 0.75],
		[2020, 0.73]
	].map(([year, value]) => point('WLD', 'World', 'world', year, value)),
	...[
		[2000, 0.9],
		[2010, 0.9],
		[2020, 0.88]
	].map(([year, value]) => point('BRA', 'Brazil', 'country', year, value)),
	...[
		[2000, 0.7],
		[2010, 0.63],
		[2020, 0.6]
	].map(([year, value]) => point('KEN', 'Kenya', 'country', year, value))
];

export const aggregates: SeriesPoint[] = [
	point('AGG_AFRICA_UN', 'Africa (UN)', 'region', 2000, 0.75),
	point('AGG_AFRICA_UN', 'Africa (UN)', 'region', 2010, 0.7),
	point('AGG_AFRICA_UN', 'Africa (UN)', 'region', 2020, 0.68),
	point('HIC', 'High income', 'income_group', 2000, 0.88),
	point('HIC', 'High income', 'income_group', 2020, 0.86)
];

const change = (code: string, name: string, kind: SeriesPoint['kind'], start: number | null, target: number | null, latest: number): EntityChange => ({
	code,
	name,
	kind,
	first_year: 2000,
	first: start ?? target ?? latest,
	start,
	target,
	latest_year: 2020,
	latest,
	before: describeChange(2000, start, 2010, target, 'up'),
	since: describeChange(2010, target, 2020, latest, 'up'),
	span: describeChange(2000, start ?? target, 2020, latest, 'up')
});

export const changes: EntityChange[] = [
	change('WLD', 'World', 'world', 0.8, 0.77, 0.73),
	change('BRA', 'Brazil', 'country', 0.9, 0.9, 0.88),
	change('KEN', 'Kenya', 'country', 0.7, 0.63, 0.6),
	change('AGG_AFRICA_UN', 'Africa (UN)', 'region', 0.75, 0.7, 0.68),
	change('NZL', 'New Zealand', 'country', null, 0.5, 0.55)
];

export const ranking: RankedValue[] = [
	{ iso3: 'FIN', name: 'Finland', value: 0.99, rank: 1 },
	{ iso3: 'BRA', name: 'Brazil', value: 0.88, rank: 2 },
	{ iso3: 'KEN', name: 'Kenya', value: 0.6, rank: 3 },
	{ iso3: 'GUM', name: 'Guam', value: 0.35, rank: 4 }
];

export const panel: IndicatorPanel = {
	indicator: {
		indicator_id: 'red_list_index',
		name: 'Red List Index',
		unit: 'index, 0 to 1',
		source: 'Fixture',
		licence: 'CC BY 4.0',
		citation: 'Fixture citation',
		kind: 'real'
	},
	focus: 'KEN',
	series: series.filter((p) => p.code === 'KEN' || p.code === 'WLD').toSorted((a, b) => (a.code === b.code ? a.year - b.year : a.code === 'KEN' ? -1 : 1)),
	change: changes[2]
};
