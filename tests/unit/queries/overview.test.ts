/**
 * The browser's overview SQL, run on duckdb-wasm's Node build over the pipeline's Parquet: the numbers
 * equal the hand computation of tests/fixtures/tiny/EXPECTED.md and the pipeline's own aggregates.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { loadOverview, type OverviewData } from '../../../src/lib/queries/overview';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { openNativeDataFolder } from '../../../src/lib/server/native-engine';
import { makeTempDir, readParquet, removeDir, TINY } from '../pipeline/helpers';

async function buildAndLoad(input: string, dir: string) {
	const out = path.join(dir, 'data');
	const result = await runPipeline({ input, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
	return { out, overview: await loadOverview(await openDataFolder(out)) };
}

const cell = (o: OverviewData, convention: string, element: string) => o.matrix.find((c) => c.convention_id === convention && c.element_id === element)!;

describe('overview queries on the tiny fixture (hand-computed)', () => {
	let dir: string;
	let overview: OverviewData;
	beforeAll(async () => {
		dir = await makeTempDir('queries-tiny-');
		({ overview } = await buildAndLoad(TINY, dir));
	});
	afterAll(() => removeDir(dir));

	it('shows each convention in its latest cycle, one cell per target', () => {
		expect(overview.matrix).toHaveLength(3 * 5);
		expect(cell(overview, 'cbd', 't1.1').cycle_id).toBe('cbd-4nr');
		expect(cell(overview, 'ramsar', 't1.1').cycle_id).toBe('ramsar-cop10');
		expect(cell(overview, 'cms', 't1.1').cycle_id).toBe('cms-cop10');
	});

	it.each([
		['cbd', 't1.1', 0.625, 4, 'in_progress'],
		['cbd', 't1.2', 1 / 3, 3, 'early'],
		['cbd', 't2.1', 0.5, 4, 'in_progress'],
		['cbd', 't4.1', 2 / 3, 3, 'in_progress'],
		['cbd', 't4.2', null, 0, 'not_covered'],
		['ramsar', 't1.1', 0.625, 2, 'in_progress'],
		['ramsar', 't1.2', 0.5, 1, 'in_progress'],
		['ramsar', 't2.1', null, 0, 'not_covered'],
		// CMS COP10: no report in yet; its format asks on 2.1 only (m1).
		['cms', 't1.1', null, 0, 'not_covered'],
		['cms', 't2.1', null, 0, 'no_data']
	])('%s %s: score %s from %s countries, %s', (convention, element, score, n, status) => {
		const c = cell(overview, convention, element);
		if (score === null) expect(c.score).toBeNull();
		else expect(c.score).toBeCloseTo(score, 12);
		expect(c.n_countries).toBe(n);
		expect(c.status).toBe(status);
	});

	it('computes reporting rates from the rows of reports.csv', () => {
		const rates = Object.fromEntries(overview.reporting.map((r) => [r.cycle_id, [r.expected, r.submitted, r.rate]]));
		expect(rates['cbd-3nr'][0]).toBe(3);
		expect(rates['cbd-3nr'][1]).toBe(2);
		expect(rates['cbd-3nr'][2]).toBeCloseTo(2 / 3, 12);
		expect(rates['cbd-4nr']).toEqual([4, 4, 1]);
		expect(rates['ramsar-cop9']).toEqual([0, 0, null]);
		expect(rates['ramsar-cop10'][2]).toBeCloseTo(2 / 3, 12);
		expect(rates['cms-cop10']).toEqual([3, 0, 0]);
	});

	it('headline: parties, reports due as of the data’s date and submitted in the latest cycles, class shares', () => {
		expect(overview.headline.parties).toBe(4);
		expect(overview.headline.as_of).toBe('2009-07-15');
		// cms-cop10 is due 2011-05-20, after the data's date: its 3 expected reports are not yet due.
		expect(overview.headline.reports_due).toBe(4 + 3);
		expect(overview.headline.reports_submitted).toBe(4 + 2);
		expect(overview.headline.reports_not_yet_due).toBe(3);
		expect(overview.headline.reporting_rate).toBeCloseTo(6 / 7, 12);
		const cells = Object.fromEntries(overview.headline.class_shares.map((s) => [s.status, s.cells]));
		expect(cells).toEqual({ not_started: 0, early: 1, in_progress: 5, advanced: 0, no_data: 1, not_covered: 8 });
		// Shares are out of the 7 cells whose format asks; not covered is counted apart.
		const shares = Object.fromEntries(overview.headline.class_shares.map((s) => [s.status, s.share]));
		expect(shares).toEqual({ not_started: 0, early: 1 / 7, in_progress: 5 / 7, advanced: 0, no_data: 1 / 7, not_covered: 0 });
		expect(overview.headline.not_covered).toBe(8);
	});
});

describe('overview queries on the default sample agree with the pipeline', () => {
	let dir: string;
	let out: string;
	let overview: OverviewData;
	beforeAll(async () => {
		dir = await makeTempDir('queries-sample-');
		({ out, overview } = await buildAndLoad(path.resolve('data/sample'), dir));
	});
	afterAll(() => removeDir(dir));

	it('matrix equals element_status for targets in each latest cycle', async () => {
		const rows = await readParquet(path.join(out, 'element_status.parquet'));
		const expected = new Map(rows.map((r) => [`${r.cycle_id} ${r.element_id}`, r]));
		expect(overview.matrix).toHaveLength(overview.conventions.length * 21);
		for (const c of overview.matrix) {
			const pipeline = expected.get(`${c.cycle_id} ${c.element_id}`)!;
			expect(c.n_countries).toBe(pipeline.n_countries);
			expect(c.status).toBe(pipeline.status);
			if (pipeline.score === null) expect(c.score).toBeNull();
			else expect(c.score).toBeCloseTo(pipeline.score as number, 12);
		}
	});

	it('build-time rendering (native DuckDB) gives exactly what duckdb-wasm gives, for every region', async () => {
		const wasm = await openDataFolder(out);
		const native = await openNativeDataFolder(out);
		for (const region of [null, ...overview.regions]) {
			const [fromWasm, fromNative] = await Promise.all([loadOverview(wasm, { region }), loadOverview(native, { region })]);
			expect(fromNative.matrix).toHaveLength(fromWasm.matrix.length);
			fromNative.matrix.forEach((c, i) => {
				expect({ ...c, score: undefined }).toEqual({ ...fromWasm.matrix[i], score: undefined });
				expect(c.score === null ? null : c.score.toFixed(12)).toBe(fromWasm.matrix[i].score?.toFixed(12) ?? null);
			});
			expect(fromNative.reporting).toEqual(fromWasm.reporting);
			expect(fromNative.headline).toEqual(fromWasm.headline);
		}
	});

	it('reporting equals reporting.parquet', async () => {
		const rows = await readParquet(path.join(out, 'reporting.parquet'));
		const key = (r: Record<string, unknown>) => `${r.cycle_id} ${r.expected} ${r.submitted}`;
		expect(overview.reporting.map((r) => key({ ...r })).sort()).toEqual(rows.map(key).sort());
	});
});

describe('overview queries narrowed to a region', () => {
	let dir: string;
	let overview: OverviewData;
	beforeAll(async () => {
		dir = await makeTempDir('queries-region-');
		const out = path.join(dir, 'data');
		const result = await runPipeline({ input: TINY, out });
		expect(result.ok).toBe(true);
		overview = await loadOverview(await openDataFolder(out), { region: 'Americas' });
	});
	afterAll(() => removeDir(dir));

	it('counts only the countries of the region (BRA)', () => {
		expect(overview.regions).toEqual(['Africa', 'Americas', 'Europe', 'Oceania']);
		expect(cell(overview, 'cbd', 't1.1')).toMatchObject({ score: 1, n_countries: 1, status: 'advanced' });
		expect(cell(overview, 'cbd', 't4.1').score).toBeCloseTo(0.7, 12);
		expect(cell(overview, 'ramsar', 't1.2')).toMatchObject({ score: null, n_countries: 0, status: 'no_data' });
		expect(cell(overview, 'ramsar', 't2.1')).toMatchObject({ score: null, n_countries: 0, status: 'not_covered' });
		expect(overview.headline).toMatchObject({ parties: 1, reports_due: 2, reports_submitted: 2, reports_not_yet_due: 1 });
		const cbd3 = overview.reporting.find((r) => r.cycle_id === 'cbd-3nr')!;
		expect([cbd3.expected, cbd3.submitted, cbd3.rate]).toEqual([1, 1, 1]);
	});
});
