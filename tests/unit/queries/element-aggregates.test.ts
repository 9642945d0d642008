/**
 * The target pages' per-region aggregates on the tiny fixture (duckdb-wasm, Node): each row equals the hand
 * computation from tests/fixtures/tiny/EXPECTED.md (status table, element_status, answer_counts). Region NULL =
 * every country; each tiny country is alone in its region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { ensureElementAggregates } from '../../../src/lib/queries/target/element-aggregates';
import { openTiny } from './tiny-db';

type Row = Record<string, unknown>;

describe('target-page aggregates on the tiny fixture (hand-computed)', () => {
	let db: Db;
	let close: () => Promise<void>;
	const rows = (text: string, ...params: unknown[]) => db.query<Row>({ text, params });
	beforeAll(async () => {
		({ db, close } = await openTiny('queries-element-aggregates-'));
		await ensureElementAggregates(db);
	});
	afterAll(() => close());

	it('element_region_status: the region’s roll-up (targets averaged over countries first), countries with a status, those progressing', async () => {
		const status = async (cycle: string, region: string | null, element: string) =>
			rows(
				`SELECT score, n_countries, n_progressing FROM element_region_status
				WHERE cycle_id = ? AND region IS NOT DISTINCT FROM ?::VARCHAR AND element_id = ?`,
				cycle,
				region,
				element
			);
		// All countries, cbd-4nr: g1 = (0.625 + 1/3) / 2 = 23/48 (not the mean of the countries' own g1, 0.51875);
		// own g1: BRA 1, FRA 0.425, KEN 0, NZL 0.65 → 2 from 0.5 up.
		const [g1] = await status('cbd-4nr', null, 'g1');
		expect(g1.score).toBeCloseTo(23 / 48, 12);
		expect([g1.n_countries, g1.n_progressing]).toEqual([4, 2]);
		// fa1 = (23/48 + 0.5) / 2; own fa1: BRA 1, FRA 0.5625, KEN 0, NZL 0.475 → 2.
		const [fa1] = await status('cbd-4nr', null, 'fa1');
		expect(fa1.score).toBeCloseTo(47 / 96, 12);
		expect([fa1.n_countries, fa1.n_progressing]).toEqual([4, 2]);
		// Europe = FRA: g1 (0.85 + 0) / 2, g2 0.7, fa1 0.5625.
		const [europe] = await status('cbd-4nr', 'Europe', 'fa1');
		expect(europe.score).toBeCloseTo((0.425 + 0.7) / 2, 12);
		expect([europe.n_countries, europe.n_progressing]).toEqual([1, 1]);
		// Oceania = NZL: no data on t1.2, so g1 = t1.1 = 0.65.
		const [oceania] = await status('cbd-4nr', 'Oceania', 'g1');
		expect(oceania.score).toBeCloseTo(0.65, 12);
		expect([oceania.n_countries, oceania.n_progressing]).toEqual([1, 1]);
		// cbd-3nr t1.1: BRA 0.85, FRA 0.15.
		const [t11] = await status('cbd-3nr', null, 't1.1');
		expect(t11.score).toBeCloseTo(0.5, 12);
		expect([t11.n_countries, t11.n_progressing]).toEqual([2, 1]);
		// KEN: no ramsar report; no data on t4.1 in cbd-4nr (so none on g4).
		expect(await status('ramsar-cop10', 'Africa', 't1.1')).toEqual([]);
		expect(await status('cbd-4nr', 'Africa', 'g4')).toEqual([]);
	});

	it('element_country_status: each country’s own roll-up', async () => {
		const own = await rows(
			`SELECT iso3, element_id, score FROM element_country_status WHERE cycle_id = 'cbd-4nr' AND element_id IN ('g1', 'fa1') ORDER BY ALL`
		);
		const scores = Object.fromEntries(own.map((row) => [`${row.iso3} ${row.element_id}`, row.score as number]));
		expect(Object.keys(scores)).toEqual(['BRA fa1', 'BRA g1', 'FRA fa1', 'FRA g1', 'KEN fa1', 'KEN g1', 'NZL fa1', 'NZL g1']);
		expect(scores['FRA fa1']).toBeCloseTo(0.5625, 12);
		expect(scores['FRA g1']).toBeCloseTo(0.425, 12);
		expect(scores['NZL fa1']).toBeCloseTo((0.65 + 0.3) / 2, 12);
		expect(scores['KEN fa1']).toBe(0);
	});

	it('status_reports_by_region: countries with a submitted report, per cycle and region', async () => {
		const reports = await rows(`SELECT cycle_id, region, n_reports FROM status_reports_by_region ORDER BY cycle_id, region NULLS FIRST`);
		expect(reports.map((row) => [row.cycle_id, row.region, row.n_reports])).toEqual([
			['cbd-3nr', null, 2],
			['cbd-3nr', 'Americas', 1],
			['cbd-3nr', 'Europe', 1],
			['cbd-4nr', null, 4],
			['cbd-4nr', 'Africa', 1],
			['cbd-4nr', 'Americas', 1],
			['cbd-4nr', 'Europe', 1],
			['cbd-4nr', 'Oceania', 1],
			['cms-cop9', null, 2],
			['cms-cop9', 'Americas', 1],
			['cms-cop9', 'Europe', 1],
			['ramsar-cop10', null, 2],
			['ramsar-cop10', 'Americas', 1],
			['ramsar-cop10', 'Europe', 1]
		]);
	});

	it('element_questions: the questions mapped to the element or a target under it, each once', async () => {
		const mapped = async (cycle: string, element: string) =>
			(await rows(`SELECT question_id FROM element_questions WHERE cycle_id = ? AND element_id = ? ORDER BY question_id`, cycle, element)).map(
				(row) => row.question_id
			);
		expect(await mapped('cbd-4nr', 'fa1')).toEqual(['q1', 'q2', 'q3']);
		expect(await mapped('cbd-4nr', 'g2')).toEqual(['q2']);
		expect(await mapped('cbd-4nr', 'fa2')).toEqual(['q4']);
		expect(await mapped('cbd-4nr', 't4.2')).toEqual([]);
		expect(await mapped('ramsar-cop10', 'fa1')).toEqual(['r1', 'r2']);
	});

	it('answer_counts_by_region: each region’s counts and their sum over every region', async () => {
		const q1 = await rows(
			`SELECT answer, region, n FROM answer_counts_by_region WHERE cycle_id = 'cbd-4nr' AND question_id = 'q1' ORDER BY answer, region NULLS FIRST`
		);
		expect(q1.map((row) => [row.answer, row.region, row.n])).toEqual([
			['n', null, 1],
			['n', 'Africa', 1],
			['y', null, 3],
			['y', 'Americas', 1],
			['y', 'Europe', 1],
			['y', 'Oceania', 1]
		]);
	});
});
