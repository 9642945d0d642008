import { describe, expect, it } from 'vitest';
import { indicatorFormat } from '$lib/charts/indicatorFormat';
import { withChanges, type ChangeValues } from '$lib/queries/indicators/values';
import { indicatorSummary } from './indicator-summary';

const world = (values: Partial<ChangeValues>): ChangeValues => ({
	code: 'WLD',
	name: 'World',
	kind: 'world',
	first_year: 1996,
	first: 0.8,
	start: 0.8,
	target: 0.76,
	latest_year: 2020,
	latest: 0.72,
	...values
});
const ranking = [
	{ iso3: 'BRA', name: 'Brazil', value: 0.81, rank: 1 },
	{ iso3: 'IND', name: 'India', value: 0.7, rank: 2 },
	{ iso3: 'CHN', name: 'China', value: 0.655, rank: 3 }
];

describe('indicatorSummary', () => {
	const format = indicatorFormat('index (0–1)');

	it('states the World’s change 2000–2010 and since, and the spread of the ranking year', () => {
		const changes = withChanges('red_list_index', [world({})]);
		// 0.80 → 0.76: −0.04, −5.0%; 0.76 → 0.72: −0.04, −5.3% (0.04 / 0.76 = 0.0526).
		expect(indicatorSummary({ changes, ranking, year: 2020 }, format)).toEqual([
			'The World went from 0.80 in 2000 to 0.76 in 2010, a change of -0.04 (-5%).',
			'Since 2010 it changed by -0.04 (-5.3%), to 0.72 in 2020.',
			'In 2020, 3 countries have a value, from China (0.655) to Brazil (0.81).'
		]);
	});

	it('uses the World’s whole span when it misses 2000 or 2010, and says when it has no value', () => {
		const changes = withChanges('red_list_index', [world({ first_year: 2012, first: 0.5, start: null, target: null, latest: 0.6 })]);
		expect(indicatorSummary({ changes, ranking: [], year: null }, format)).toEqual([
			'The World went from 0.50 in 2012 to 0.60 in 2020, a change of +0.10 (+20%).'
		]);
		expect(indicatorSummary({ changes: [], ranking: ranking.slice(0, 1), year: 2020 }, format)).toEqual([
			'The World has no value for this indicator in 2000 and 2010.'
		]);
	});
});
