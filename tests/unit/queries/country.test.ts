/** The country page's SQL on the tiny fixture (duckdb-wasm, Node): hand-computed from EXPECTED.md. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { change, loadCountry, type CountryData } from '../../../src/lib/queries/country';
import { openTiny } from './tiny-db';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
	({ db, close } = await openTiny('queries-country-'));
});
afterAll(() => close());

const cell = (data: CountryData, convention: string, element: string) => data.cells.find((c) => c.convention_id === convention && c.element_id === element)!;
const changeOf = (data: CountryData, convention: string, element: string) =>
	data.changes.find((c) => c.convention_id === convention && c.element_id === element)!;
const benchmark = (data: CountryData, convention: string) => data.benchmarks.find((b) => b.convention_id === convention)!;

describe('Brazil', () => {
	let data: CountryData;
	beforeAll(async () => {
		data = await loadCountry(db, 'BRA');
	});

	it('lists its memberships with dates', () => {
		expect(data.country).toMatchObject({ iso3: 'BRA', name: 'Brazil', region: 'Americas' });
		expect(data.memberships).toEqual([
			{ convention_id: 'cbd', joined: '1994-05-28' },
			{ convention_id: 'cms', joined: '1999-10-01' },
			{ convention_id: 'ramsar', joined: '1993-09-24' }
		]);
	});

	it('says of every cycle whether and when it reported', () => {
		expect(data.reports.map((r) => [r.cycle_id, r.submitted, r.state])).toEqual([
			['cbd-3nr', '2005-06-01', 'late'],
			['cbd-4nr', '2009-04-02', 'late'],
			['cms-cop9', '2009-06-20', 'late'],
			// Due 2011-05-20, after the data's date (2009-07-15): not reported, but not overdue.
			['cms-cop10', null, 'pending'],
			['ramsar-cop9', null, 'not_expected'],
			['ramsar-cop10', '2008-02-20', 'late']
		]);
	});

	it('shows each convention from its most recent submitted report up to the latest cycle, with coverage', () => {
		expect(data.cells).toHaveLength(3 * 5);
		expect(cell(data, 'cbd', 't1.1')).toMatchObject({ cycle_id: 'cbd-4nr', score: 1, n_scored: 2, n_questions: 2, status: 'advanced' });
		expect(cell(data, 'cbd', 't4.1').score).toBeCloseTo(0.7, 12);
		expect(cell(data, 'cbd', 't4.2')).toMatchObject({ score: null, n_scored: 0, n_questions: 0, status: 'not_covered' });
		// CMS: no COP10 report, so COP9 counts, labelled with its cycle.
		expect(cell(data, 'cms', 't2.1')).toMatchObject({ cycle_id: 'cms-cop9', score: 1, status: 'advanced', report_state: 'late' });
		expect(cell(data, 'cms', 't1.1')).toMatchObject({ score: null, n_questions: 1, status: 'no_data' });
		expect(cell(data, 'cms', 't1.2')).toMatchObject({ score: null, n_questions: 0, status: 'not_covered' });
		expect(data.counted.find((c) => c.convention_id === 'cms')).toEqual({
			convention_id: 'cms',
			shown_cycle_id: 'cms-cop10',
			shown_label: 'National report to COP10',
			cycle_id: 'cms-cop9',
			label: 'National report to COP9'
		});
		expect(cell(data, 'ramsar', 't1.2')).toMatchObject({ cycle_id: 'ramsar-cop10', score: null, n_scored: 0, n_questions: 1 });
	});

	it('gives the change since the previous cycle only where both have a status (rule 6)', () => {
		expect(changeOf(data, 'cbd', 't1.1')).toMatchObject({ previous_cycle_id: 'cbd-3nr', previous: 0.85, score: 1, change: 'up' });
		expect(changeOf(data, 'cbd', 't1.2')).toMatchObject({ previous: 0, score: 1, change: 'up' });
		expect(changeOf(data, 'cbd', 't4.1')).toMatchObject({ previous: null, change: 'new' });
		expect(changeOf(data, 'cbd', 't4.2').change).toBe('none');
		// Ramsar's previous cycle (COP9) expected no report: what COP10 has is new data.
		expect(changeOf(data, 'ramsar', 't1.1')).toMatchObject({ previous_cycle_id: 'ramsar-cop9', change: 'new' });
		expect(changeOf(data, 'ramsar', 't1.2').change).toBe('none');
	});

	it('sets its overall status next to its region and the world, with the countries behind each mean', () => {
		const cbd = benchmark(data, 'cbd');
		expect(cbd.cycle_id).toBe('cbd-4nr');
		expect(cbd.country).toBeCloseTo(0.925, 12);
		expect(cbd.country_targets).toBe(4);
		expect(cbd.region).toBeCloseTo(0.925, 12);
		expect(cbd.n_region).toBe(1);
		// World: BRA 0.925, FRA 0.4625, KEN 0, NZL 0.65.
		expect(cbd.world).toBeCloseTo((0.925 + 0.4625 + 0 + 0.65) / 4, 12);
		expect(cbd.n_world).toBe(4);
		const ramsar = benchmark(data, 'ramsar');
		expect(ramsar).toMatchObject({ country: 1, country_targets: 1, region: 1, n_region: 1, n_world: 2 });
		// World: BRA 1, FRA (0.25 + 0.5) / 2.
		expect(ramsar.world).toBeCloseTo((1 + 0.375) / 2, 12);
		// CMS: the region and world means are those of COP9, the cycle of Brazil's report (BRA 1, FRA 0).
		expect(benchmark(data, 'cms')).toMatchObject({ cycle_id: 'cms-cop9', country: 1, region: 1, n_region: 1, world: 0.5, n_world: 2 });
	});

	it('shows each convention as of a chosen cycle (?cycle=), the others as of their latest', async () => {
		const asOf = await loadCountry(db, 'BRA', { cycles: ['cbd-3nr'] });
		expect(cell(asOf, 'cbd', 't1.1')).toMatchObject({ cycle_id: 'cbd-3nr', score: 0.85, status: 'advanced' });
		expect(cell(asOf, 'cbd', 't4.1')).toMatchObject({ cycle_id: 'cbd-3nr', n_questions: 0, status: 'not_covered' });
		expect(changeOf(asOf, 'cbd', 't1.1')).toMatchObject({ previous_cycle_id: null, change: 'new' });
		expect(cell(asOf, 'ramsar', 't1.1').cycle_id).toBe('ramsar-cop10');
		expect(benchmark(asOf, 'cbd')).toMatchObject({ cycle_id: 'cbd-3nr', n_world: 2 });
		// World in CBD's third report: BRA (0.85 + 0 + 0.7) / 3, FRA (0.15 + 0.3) / 2.
		expect(benchmark(asOf, 'cbd').world).toBeCloseTo(((0.85 + 0 + 0.7) / 3 + (0.15 + 0.3) / 2) / 2, 12);
	});
});

describe('countries that did not report', () => {
	it('France: a target without status in the earlier cycle is new data', async () => {
		const data = await loadCountry(db, 'FRA');
		expect(changeOf(data, 'cbd', 't1.1')).toMatchObject({ previous: 0.15, score: 0.85, change: 'up' });
		expect(changeOf(data, 'cbd', 't1.2')).toMatchObject({ previous: null, score: 0, change: 'new' });
		expect(changeOf(data, 'cbd', 't2.1').change).toBe('up');
	});

	it('Kenya: its CBD change is all new (no 3rd report); Ramsar falls back to the latest cycle, overdue', async () => {
		const data = await loadCountry(db, 'KEN');
		expect(['t1.1', 't1.2', 't2.1'].map((t) => changeOf(data, 'cbd', t).change)).toEqual(['new', 'new', 'new']);
		expect(changeOf(data, 'cbd', 't4.1').change).toBe('none');
		expect(cell(data, 'ramsar', 't1.1')).toMatchObject({ cycle_id: 'ramsar-cop10', score: null, report_state: 'overdue', n_scored: null });
		// No CMS report at all: the latest cycle shows, not yet due as of the data's date (not overdue).
		expect(cell(data, 'cms', 't2.1')).toMatchObject({ cycle_id: 'cms-cop10', score: null, report_state: 'pending' });
		expect(data.reports.find((r) => r.cycle_id === 'cms-cop9')?.state).toBe('overdue');
		// As of CBD's third report, which Kenya never sent: overdue, no status.
		const third = await loadCountry(db, 'KEN', { cycles: ['cbd-3nr'] });
		expect(cell(third, 'cbd', 't1.1')).toMatchObject({ cycle_id: 'cbd-3nr', score: null, report_state: 'overdue' });
		expect(benchmark(data, 'cbd')).toMatchObject({ country: 0, country_targets: 3, region: 0, n_region: 1 });
		expect(benchmark(data, 'ramsar')).toMatchObject({ country: null, country_targets: 0, region: null, n_region: 0, n_world: 2 });
	});

	it('New Zealand: not a party to Ramsar', async () => {
		const data = await loadCountry(db, 'NZL');
		expect(data.memberships.find((m) => m.convention_id === 'ramsar')?.joined).toBeNull();
		expect(data.reports.filter((r) => r.convention_id === 'ramsar').map((r) => r.state)).toEqual(['not_party', 'not_party']);
		expect(data.reports.find((r) => r.cycle_id === 'cbd-3nr')?.state).toBe('not_expected');
		expect(cell(data, 'ramsar', 't1.1').report_state).toBe('not_party');
		expect(cell(data, 'cbd', 't1.1').score).toBeCloseTo(0.65, 12);
	});

	it('fails with a message for an unknown country', async () => {
		await expect(loadCountry(db, 'XXX')).rejects.toThrow(/No country "XXX"/);
	});
});

describe('change', () => {
	it.each([
		[0.6, 0.4, 'up'],
		[0.4, 0.6, 'down'],
		[0.5, 0.502, 'same'],
		[0.5, null, 'new'],
		[null, 0.5, 'none'],
		[null, null, 'none']
	] as const)('%s after %s is %s', (score, previous, expected) => {
		expect(change(score, previous)).toBe(expected);
	});
});
