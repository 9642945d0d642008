/** Countries and regions side by side, on the tiny fixture (hand-computed) and on the sample (cross-checked). */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { loadCompare, parseCompare, serialiseCompare, type CompareData } from '../../../src/lib/queries/compare';
import { loadConvention } from '../../../src/lib/queries/convention';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, removeDir } from '../pipeline/helpers';
import { openTiny } from './tiny-db';

const overall = (data: CompareData, entry: string, convention: string) => data.overall.find((o) => o.entry === entry && o.convention_id === convention)!;
const cell = (data: CompareData, entry: string, convention: string, element: string) =>
	data.cells.find((c) => c.entry === entry && c.convention_id === convention && c.element_id === element)!;

describe('parseCompare', () => {
	it('reads countries and regions, drops duplicates and empties, keeps at most four', () => {
		expect(parseCompare(' ken,TZA,,region:Africa,KEN,region:Europe,BRA')).toEqual([
			{ kind: 'country', code: 'KEN' },
			{ kind: 'country', code: 'TZA' },
			{ kind: 'region', code: 'Africa' },
			{ kind: 'region', code: 'Europe' }
		]);
		expect(parseCompare(null)).toEqual([]);
		expect(serialiseCompare(parseCompare('KEN,region:Africa'))).toBe('KEN,region:Africa');
	});
});

describe('on the tiny fixture', () => {
	let db: Db;
	let close: () => Promise<void>;
	beforeAll(async () => {
		({ db, close } = await openTiny('queries-compare-'));
	});
	afterAll(() => close());

	it('compares a country with a region in each convention’s latest cycle', async () => {
		const data = await loadCompare(db, { compare: 'KEN,region:Europe,XXX,region:Nowhere' });
		expect(data.entries.map((e) => [e.key, e.label])).toEqual([
			['KEN', 'Kenya'],
			['region:Europe', 'Europe']
		]);
		expect(cell(data, 'KEN', 'cbd', 't1.1')).toMatchObject({ cycle_id: 'cbd-4nr', score: 0, n_scored: 2, n_questions: 2 });
		expect(cell(data, 'KEN', 'ramsar', 't1.1')).toMatchObject({ cycle_id: 'ramsar-cop10', score: null, report_state: 'overdue' });
		expect(cell(data, 'region:Europe', 'cbd', 't1.1')).toMatchObject({ score: 0.85, n_countries: 1, report_state: null });
		expect(cell(data, 'region:Europe', 'ramsar', 't1.2')).toMatchObject({ score: 0.5, n_countries: 1 });
		expect(overall(data, 'KEN', 'cbd')).toMatchObject({ score: 0, n_targets: 3, n_countries: 1, status: 'not_started' });
		expect(overall(data, 'KEN', 'ramsar')).toMatchObject({ score: null, n_targets: 0, report_state: 'overdue' });
		expect(overall(data, 'region:Europe', 'ramsar')).toMatchObject({ score: 0.375, n_countries: 1, n_targets: null });
	});

	it('a region’s status for a target is the mean over its countries with data', async () => {
		const data = await loadCompare(db, { compare: 'region:Oceania,NZL' });
		expect(cell(data, 'region:Oceania', 'cbd', 't1.1')).toMatchObject({ score: 0.65, n_countries: 1 });
		expect(cell(data, 'region:Oceania', 'cbd', 't1.2')).toMatchObject({ score: null, n_countries: 0, status: 'no_data' });
		expect(overall(data, 'NZL', 'ramsar').report_state).toBe('not_party');
	});

	it('a country shows its most recent report up to the latest cycle, labelled; a region the latest cycle (rule 6)', async () => {
		const data = await loadCompare(db, { compare: 'BRA,region:Americas,KEN' });
		// Brazil has no CMS COP10 report (not yet due): its COP9 report counts, labelled with its cycle.
		expect(cell(data, 'BRA', 'cms', 't2.1')).toMatchObject({
			cycle_id: 'cms-cop9',
			shown_cycle_id: 'cms-cop10',
			score: 1,
			status: 'advanced',
			report_state: 'late'
		});
		expect(cell(data, 'BRA', 'cms', 't1.2')).toMatchObject({ score: null, n_questions: 0, status: 'not_covered' });
		expect(overall(data, 'BRA', 'cms')).toMatchObject({ cycle_id: 'cms-cop9', shown_cycle_id: 'cms-cop10', score: 1, n_targets: 1 });
		// The region's mean is taken in the latest cycle, as the convention page does: no report in yet.
		expect(cell(data, 'region:Americas', 'cms', 't2.1')).toMatchObject({ cycle_id: 'cms-cop10', score: null, n_countries: 0, status: 'no_data' });
		expect(cell(data, 'region:Americas', 'cms', 't1.1')).toMatchObject({ score: null, status: 'not_covered' });
		// Kenya never sent a CMS report: the latest cycle, not yet due as of the data's date.
		expect(cell(data, 'KEN', 'cms', 't2.1')).toMatchObject({ cycle_id: 'cms-cop10', score: null, report_state: 'pending' });
	});

	it('falls back to three countries when the URL names none the data knows', async () => {
		const data = await loadCompare(db, { compare: null });
		// BRA is in the tiny data, CHN and IND are not: the first three countries with a page instead.
		expect(data.entries.map((e) => e.key)).toEqual(['BRA', 'FRA', 'KEN']);
		expect(data.regions).toEqual(['Africa', 'Americas', 'Europe', 'Oceania']);
	});
});

describe('on the default sample', () => {
	let db: Db;
	let dir: string;
	beforeAll(async () => {
		dir = await makeTempDir('compare-sample-');
		const out = path.join(dir, 'data');
		const result = await runPipeline({ input: path.resolve('data/sample'), out });
		expect(result.ok).toBe(true);
		db = await openDataFolder(out);
	});
	afterAll(() => removeDir(dir));

	it('a region’s overall status is the mean of its countries’ overall statuses (as the convention page lists them)', async () => {
		const data = await loadCompare(db, { compare: 'region:Africa,KEN' });
		for (const convention of data.conventions) {
			const region = overall(data, 'region:Africa', convention.convention_id);
			const page = await loadConvention(db, { convention: convention.convention_id, cycle: region.cycle_id, region: 'Africa' });
			const scores = page.countries.map((c) => c.score).filter((s): s is number => s != null);
			expect(region.n_countries).toBe(scores.length);
			expect(region.score).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 12);
		}
	});

	it('defaults to Brazil, China and India', async () => {
		const data = await loadCompare(db, { compare: null });
		expect(data.entries.map((e) => e.key)).toEqual(['BRA', 'CHN', 'IND']);
	});
});
