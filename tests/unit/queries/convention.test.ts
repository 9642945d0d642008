/**
 * The convention page's SQL on duckdb-wasm (Node) over the tiny fixture's pipeline output: every number
 * is the hand computation of tests/fixtures/tiny/EXPECTED.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { loadConvention, type ConventionData } from '../../../src/lib/queries/convention';
import { conventionSummary } from '../../../src/routes/[[lang=lang]]/conventions/[id]/convention-summary';
import { openTiny } from './tiny-db';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
	({ db, close } = await openTiny('queries-convention-'));
});
afterAll(() => close());

const classes = (data: ConventionData, element: string) =>
	Object.fromEntries(data.targetClasses.filter((row) => row.element_id === element && row.countries > 0).map((row) => [row.status, row.countries]));
const country = (data: ConventionData, iso3: string) => data.countries.find((c) => c.iso3 === iso3)!;

describe('CBD in its latest cycle (cbd-4nr)', () => {
	let data: ConventionData;
	beforeAll(async () => {
		data = await loadConvention(db, { convention: 'cbd', cycle: null, region: null });
	});

	it('defaults to the latest cycle and lists the cycles in order', () => {
		expect(data.cycle.cycle_id).toBe('cbd-4nr');
		expect(data.cycles.map((c) => c.cycle_id)).toEqual(['cbd-3nr', 'cbd-4nr']);
		expect(data.regions).toEqual(['Africa', 'Americas', 'Europe', 'Oceania']);
	});

	it('counts the reporting countries in each class per target', () => {
		// t1.1: BRA 1, FRA 0.85 advanced; NZL 0.65 in progress; KEN 0 not started.
		expect(classes(data, 't1.1')).toEqual({ advanced: 2, in_progress: 1, not_started: 1 });
		// t1.2: BRA 1; FRA 0, KEN 0; NZL no scored answer.
		expect(classes(data, 't1.2')).toEqual({ advanced: 1, not_started: 2, no_data: 1 });
		// t4.1: BRA 0.7, FRA 0.3, NZL 1, KEN did not answer q4.
		expect(classes(data, 't4.1')).toEqual({ in_progress: 1, early: 1, advanced: 1, no_data: 1 });
		// No CBD question maps to 4.2: not covered, not "no data".
		expect(classes(data, 't4.2')).toEqual({ not_covered: 4 });
		expect(data.targetClasses).toHaveLength(5 * 6);
	});

	it('gives each country its overall status: the mean of its target statuses (rule 3)', () => {
		expect(country(data, 'BRA').score).toBeCloseTo((1 + 1 + 1 + 0.7) / 4, 12);
		expect(country(data, 'BRA')).toMatchObject({ n_targets: 4, status: 'advanced', category: 'advanced' });
		expect(country(data, 'FRA').score).toBeCloseTo((0.85 + 0 + 0.7 + 0.3) / 4, 12);
		expect(country(data, 'FRA')).toMatchObject({ n_targets: 4, status: 'early' });
		expect(country(data, 'KEN')).toMatchObject({ score: 0, n_targets: 3, status: 'not_started' });
		expect(country(data, 'NZL').score).toBeCloseTo((0.65 + 0.3 + 1) / 3, 12);
		expect(country(data, 'NZL')).toMatchObject({ n_targets: 3, status: 'in_progress' });
	});

	it('reports the reporting rate of every cycle', () => {
		expect(data.reporting.map((r) => [r.cycle_id, r.expected, r.submitted])).toEqual([
			['cbd-3nr', 3, 2],
			['cbd-4nr', 4, 4]
		]);
		expect(data.reporting[0].rate).toBeCloseTo(2 / 3, 12);
	});

	it('writes its summary from those numbers', () => {
		expect(conventionSummary(data)).toEqual([
			'4 of the 4 reports expected in the Fourth national report were submitted (100%); 0 are overdue. Overdue reports and reports due are counted as of Jul 15, 2009, the data’s date.',
			// (0.925 + 0.4625 + 0 + 0.65) / 4 = 0.509; BRA advanced, FRA early, KEN not started, NZL in progress.
			'The 4 countries with a status have a mean overall status of 0.51 (in progress): 1 advanced, 1 not started.',
			'Largest share of countries at an advanced stage: target 1.1 (2 of 4).',
			// 1.2: FRA 0 and KEN 0 not started.
			'Largest share of countries not started: target 1.2 (2 of 4).',
			'1 of 5 targets is not covered by the CBD report format.'
		]);
	});

	it('names tied targets together, and counts what the format does not ask apart', async () => {
		const third = await loadConvention(db, { convention: 'cbd', cycle: 'cbd-3nr', region: null });
		const sentences = conventionSummary(third);
		// 1.1: FRA 0.15; 1.2: BRA 0 (FRA no data): one of two countries each.
		expect(sentences).toContain('Largest share of countries not started: target 1.1 and 1.2 (1 of 2 each).');
		// The third report's format has no question on 4.1 or 4.2.
		expect(sentences).toContain('2 of 5 targets are not covered by the CBD report format.');
	});

	it('lists the parties with what became of each report: on time, late, overdue, not expected', () => {
		const party = (iso3: string) => data.parties.find((p) => p.iso3 === iso3)!;
		expect(data.parties.map((p) => p.iso3)).toEqual(['BRA', 'FRA', 'KEN', 'NZL']);
		expect(party('BRA').joined).toBe('1994-05-28');
		expect(party('BRA').reports['cbd-3nr']).toEqual({ cycle_id: 'cbd-3nr', submitted: '2005-06-01', url: null, state: 'late' });
		expect(party('FRA').reports['cbd-4nr']).toMatchObject({ submitted: '2009-03-30', state: 'on_time' });
		expect(party('KEN').reports['cbd-3nr']).toMatchObject({ submitted: null, state: 'overdue' });
		expect(party('KEN').reports['cbd-4nr']).toMatchObject({ submitted: '2009-07-15', state: 'late' });
		expect(party('NZL').reports['cbd-3nr']).toMatchObject({ submitted: null, state: 'not_expected' });
	});
});

describe('Ramsar: a country that is not a party', () => {
	it('marks NZL as not a party on the map and leaves it out of the parties', async () => {
		const data = await loadConvention(db, { convention: 'ramsar', cycle: null, region: null });
		expect(data.cycle.cycle_id).toBe('ramsar-cop10');
		expect(country(data, 'NZL')).toMatchObject({ category: 'not_party', score: null, joined: null });
		expect(country(data, 'KEN')).toMatchObject({ category: 'no_data', n_targets: 0 });
		expect(country(data, 'KEN').report.state).toBe('overdue');
		// BRA: t1.1 1, t1.2 not applicable → overall 1 from one target.
		expect(country(data, 'BRA')).toMatchObject({ score: 1, n_targets: 1 });
		expect(data.parties.map((p) => p.iso3)).toEqual(['BRA', 'FRA', 'KEN']);
	});
});

describe('filters', () => {
	it('shows an earlier cycle when asked, and falls back to the latest for an unknown one', async () => {
		const earlier = await loadConvention(db, { convention: 'cbd', cycle: 'cbd-3nr', region: null });
		expect(earlier.cycle.cycle_id).toBe('cbd-3nr');
		// t1.1: BRA 0.85 advanced, FRA 0.15 not started (KEN did not report).
		expect(classes(earlier, 't1.1')).toEqual({ advanced: 1, not_started: 1 });
		expect(country(earlier, 'BRA').score).toBeCloseTo((0.85 + 0 + 0.7) / 3, 12);
		const unknown = await loadConvention(db, { convention: 'cbd', cycle: 'ramsar-cop10', region: null });
		expect(unknown.cycle.cycle_id).toBe('cbd-4nr');
	});

	it('narrows every part of the page to the region', async () => {
		const africa = await loadConvention(db, { convention: 'cbd', cycle: 'cbd-3nr', region: 'Africa' });
		expect(africa.countries.map((c) => c.iso3)).toEqual(['KEN']);
		expect(africa.parties.map((p) => p.iso3)).toEqual(['KEN']);
		expect(africa.reporting.map((r) => [r.cycle_id, r.expected, r.submitted, r.rate])).toEqual([
			['cbd-3nr', 1, 0, 0],
			['cbd-4nr', 1, 1, 1]
		]);
		expect(africa.targetClasses.every((row) => row.countries === 0)).toBe(true);
	});

	it('fails with a message for an unknown convention', async () => {
		await expect(loadConvention(db, { convention: 'nope', cycle: null, region: null })).rejects.toThrow(/No convention "nope"/);
	});
});
