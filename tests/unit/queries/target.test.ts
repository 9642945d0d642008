/**
 * The target page's SQL on duckdb-wasm's Node build: the tiny fixture's numbers equal the hand computation
 * of tests/fixtures/tiny/EXPECTED.md, and on the sample the roll-ups equal the pipeline's element_status.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import type { TargetFilters } from '../../../src/lib/queries/target/scope';
import { loadTarget, type TargetData } from '../../../src/lib/queries/target/target-page';
import { openNativeDataFolder } from '../../../src/lib/server/native-engine';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, readParquet, removeDir, TINY } from '../pipeline/helpers';

const ALL = { convention: null, cycle: null, region: null };
const filters = (element: string, more: Partial<TargetFilters> = {}): TargetFilters => ({ element, ...ALL, ...more });

async function pipelineInto(input: string, dir: string): Promise<string> {
	const out = path.join(dir, 'data');
	const result = await runPipeline({ input, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
	return out;
}

const cycle = (data: TargetData, cycleId: string) => data.byCycle.find((row) => row.cycle_id === cycleId)!;
const question = (data: TargetData, id: string) => data.crosswalk.find((q) => q.question_id === id)!;
const counts = (data: TargetData, id: string) => Object.fromEntries(question(data, id).answers.map((a) => [a.answer, a.count]));

describe('target queries on the tiny fixture (hand-computed)', () => {
	let dir: string;
	let db: Db;
	beforeAll(async () => {
		dir = await makeTempDir('queries-target-');
		db = await openDataFolder(await pipelineInto(TINY, dir));
	});
	afterAll(() => removeDir(dir));

	it.each([
		['t1.1', 'cbd-4nr', 0.625, 4, 'in_progress'],
		['t1.1', 'cbd-3nr', 0.5, 2, 'in_progress'],
		['t1.1', 'ramsar-cop10', 0.625, 2, 'in_progress'],
		['t1.2', 'cbd-4nr', 1 / 3, 3, 'early'],
		['g1', 'cbd-4nr', 23 / 48, 4, 'early'],
		['g1', 'cbd-3nr', 0.25, 2, 'early'],
		['g1', 'ramsar-cop10', 0.5625, 2, 'in_progress'],
		['fa1', 'cbd-4nr', 47 / 96, 4, 'early'],
		['fa1', 'cbd-3nr', 0.375, 2, 'early'],
		['fa2', 'cbd-4nr', 2 / 3, 3, 'in_progress'],
		['t4.2', 'cbd-4nr', null, 0, 'not_covered'],
		['t1.1', 'ramsar-cop9', null, 0, 'not_covered'],
		// CMS COP9: BRA 1, FRA 0 on 2.1; both answers on 1.1 not applicable (the format asks: no data).
		['t2.1', 'cms-cop9', 0.5, 2, 'in_progress'],
		['t1.1', 'cms-cop9', null, 0, 'no_data'],
		['t1.2', 'cms-cop9', null, 0, 'not_covered'],
		// CMS COP10: asks on 2.1, no report in yet.
		['t2.1', 'cms-cop10', null, 0, 'no_data'],
		['g4', 'cms-cop10', null, 0, 'not_covered']
	])('%s under %s: %s from %s countries (%s)', async (element, cycleId, score, n, status) => {
		const row = cycle(await loadTarget(db, filters(element)), cycleId);
		if (score === null) expect(row.score).toBeNull();
		else expect(row.score).toBeCloseTo(score, 12);
		expect([row.n_countries, row.status]).toEqual([n, status]);
	});

	it('counts submitted reports per cycle and lists every cycle of every convention', async () => {
		const data = await loadTarget(db, filters('t1.1'));
		expect(data.byCycle.map((row) => [row.cycle_id, row.n_reports])).toEqual([
			['cbd-3nr', 2],
			['cbd-4nr', 4],
			['cms-cop9', 2],
			['cms-cop10', 0],
			['ramsar-cop9', 0],
			['ramsar-cop10', 2]
		]);
		expect(data.shown.map((row) => row.cycle_id)).toEqual(['cbd-4nr', 'cms-cop10', 'ramsar-cop10']);
	});

	it('narrows to one convention and its chosen cycle; a cycle of another convention falls back to the latest', async () => {
		const chosen = await loadTarget(db, filters('t1.1', { convention: 'cbd', cycle: 'cbd-3nr' }));
		expect(chosen.byCycle.map((row) => row.cycle_id)).toEqual(['cbd-3nr', 'cbd-4nr']);
		expect(chosen.shown.map((row) => row.cycle_id)).toEqual(['cbd-3nr']);
		const foreign = await loadTarget(db, filters('t1.1', { convention: 'cbd', cycle: 'ramsar-cop10' }));
		expect(foreign.shown.map((row) => row.cycle_id)).toEqual(['cbd-4nr']);
		const ignored = await loadTarget(db, filters('t1.1', { cycle: 'cbd-3nr' }));
		expect(ignored.shown.map((row) => row.cycle_id)).toEqual(['cbd-4nr', 'cms-cop10', 'ramsar-cop10']);
	});

	it('maps every country with its own roll-up: goal = mean of its targets with data, focal area = mean of its goals', async () => {
		const g1 = await loadTarget(db, filters('g1', { convention: 'cbd' }));
		expect([g1.map.convention_id, g1.map.cycle_id]).toEqual(['cbd', 'cbd-4nr']);
		const scores = Object.fromEntries(g1.map.countries.map((row) => [row.iso3, row.score]));
		expect(scores.BRA).toBeCloseTo(1, 12);
		expect(scores.FRA).toBeCloseTo((0.85 + 0) / 2, 12);
		expect(scores.KEN).toBeCloseTo(0, 12);
		expect(scores.NZL).toBeCloseTo(0.65, 12); // t1.2 has no data for NZL
		const fa1 = await loadTarget(db, filters('fa1', { convention: 'cbd' }));
		expect(fa1.map.countries.find((row) => row.iso3 === 'FRA')!.score).toBeCloseTo((0.425 + 0.7) / 2, 12);
		const t42 = await loadTarget(db, filters('t4.2', { convention: 'cbd' }));
		expect(t42.map.countries.map((row) => [row.iso3, row.status, row.reported])).toEqual([
			['BRA', 'not_covered', true],
			['FRA', 'not_covered', true],
			['KEN', 'not_covered', true],
			['NZL', 'not_covered', true]
		]);
	});

	it('the map tells reported, expected but missing, and not expected apart; without a convention it shows the first', async () => {
		const ramsar = await loadTarget(db, filters('t1.1', { convention: 'ramsar' }));
		expect(ramsar.map.countries.map((r) => [r.iso3, r.score, r.expected, r.reported, r.has_page])).toEqual([
			['BRA', 1, true, true, true],
			['FRA', 0.25, true, true, true],
			['KEN', null, true, false, true],
			['NZL', null, false, false, true]
		]);
		const all = await loadTarget(db, filters('t1.1'));
		expect([all.map.convention_id, all.map.cycle_id]).toEqual(['cbd', 'cbd-4nr']);
		const cbd3 = await loadTarget(db, filters('t1.1', { convention: 'cbd', cycle: 'cbd-3nr' }));
		expect(cbd3.map.countries.map((r) => [r.iso3, r.expected, r.reported])).toEqual([
			['BRA', true, true],
			['FRA', true, true],
			['KEN', true, false],
			['NZL', false, false]
		]);
	});

	it('summary counts: reporting parties, those with data, those in progress or advanced (score ≥ 0.5)', async () => {
		const t11 = await loadTarget(db, filters('t1.1'));
		expect(t11.summary).toEqual([
			{ convention_id: 'cbd', cycle_id: 'cbd-4nr', reporting: 4, with_data: 4, progressing: 3 }, // 1, 0.85, 0.65
			{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10', reporting: 2, with_data: 2, progressing: 1 } // 1 (0.25 is early)
		]);
		const g1 = await loadTarget(db, filters('g1', { convention: 'cbd' }));
		expect(g1.summary).toEqual([{ convention_id: 'cbd', cycle_id: 'cbd-4nr', reporting: 4, with_data: 4, progressing: 2 }]);
		const t12 = await loadTarget(db, filters('t1.2', { convention: 'ramsar' }));
		expect(t12.summary).toEqual([{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10', reporting: 2, with_data: 1, progressing: 1 }]);
	});

	it('applies the region filter to every number', async () => {
		const americas = await loadTarget(db, filters('t1.1', { region: 'Americas' }));
		expect(cycle(americas, 'cbd-4nr')).toMatchObject({ score: 1, n_countries: 1, n_reports: 1 });
		expect(americas.map.countries.map((row) => row.iso3)).toEqual(['BRA']);
		expect(americas.summary.map((row) => row.reporting)).toEqual([1, 1]);
		expect(counts(americas, 'q1')).toEqual({ n: 0, y: 1 });
		expect(americas.regions).toEqual(['Africa', 'Americas', 'Europe', 'Oceania']);
	});

	it('crosswalk of t1.1: cbd q1, q2 and ramsar r1 with their answer counts', async () => {
		const data = await loadTarget(db, filters('t1.1'));
		expect(data.crosswalk.map((q) => `${q.cycle_id} ${q.question_id}`)).toEqual(['cbd-4nr q1', 'cbd-4nr q2', 'ramsar-cop10 r1']);
		expect(counts(data, 'q1')).toEqual({ n: 1, y: 3 });
		expect(counts(data, 'q2')).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 });
		expect(question(data, 'q2')).toMatchObject({ targets: '1.1, 2.1', scale_id: 'cbd4', n_reports: 4, no_answer: 0 });
		// Lowest score first; the not-applicable Z apart, with no report giving it here.
		expect(question(data, 'r1').answers.map((a) => [a.answer, a.count])).toEqual([
			['B', 0],
			['D', 1],
			['C', 0],
			['A', 1]
		]);
		expect(question(data, 'r1').not_applicable).toEqual([{ answer: 'Z', label: 'Not applicable', score: null, count: 0 }]);
		expect(question(data, 'r1')).toMatchObject({ n_reports: 2, no_answer: 0 });
	});

	it('counts the not-applicable answer Z separately (t1.2, Ramsar r2)', async () => {
		const data = await loadTarget(db, filters('t1.2', { convention: 'ramsar' }));
		const r2 = question(data, 'r2');
		expect(r2.not_applicable.map((a) => [a.answer, a.count])).toEqual([['Z', 1]]);
		expect(r2.answers.map((a) => [a.answer, a.count])).toEqual([
			['B', 0],
			['D', 0],
			['C', 1],
			['A', 0]
		]);
		expect(r2.no_answer).toBe(0);
	});

	it('a goal or focal area lists the questions of every target below it, each report counted once', async () => {
		const fa1 = await loadTarget(db, filters('fa1', { convention: 'cbd' }));
		expect(fa1.crosswalk.map((q) => q.question_id)).toEqual(['q1', 'q2', 'q3']);
		// q2 maps to t1.1 and t2.1, both under fa1: still one answer per report.
		expect(counts(fa1, 'q2')).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 });
		const cbd3 = await loadTarget(db, filters('t1.2', { convention: 'cbd', cycle: 'cbd-3nr' }));
		expect(question(cbd3, 'q3')).toMatchObject({ n_reports: 2, no_answer: 1 });
		expect(counts(cbd3, 'q3')).toEqual({ n: 1, y: 0 });
	});

	it('finds the element with its framework, and fails for an unknown one', async () => {
		const data = await loadTarget(db, filters('g4'));
		expect(data.element).toMatchObject({ element_id: 'g4', level: 'goal', parent_id: 'fa2', code: '4' });
		expect(data.framework).toHaveLength(10);
		expect(data.crosswalk.map((q) => q.question_id)).toEqual(['q4']);
		await expect(loadTarget(db, filters('t9.9'))).rejects.toThrow(/t9\.9/);
	});
});

describe('target roll-ups on the sample equal the pipeline’s element_status', () => {
	let dir: string;
	let out: string;
	beforeAll(async () => {
		dir = await makeTempDir('queries-target-sample-');
		out = await pipelineInto(path.resolve('data/sample'), dir);
	});
	afterAll(() => removeDir(dir));

	it('for every framework element and cycle (region = all), on duckdb-wasm and native DuckDB', async () => {
		const expected = new Map((await readParquet(path.join(out, 'element_status.parquet'))).map((r) => [`${r.cycle_id} ${r.element_id}`, r]));
		const wasm = await openDataFolder(out);
		const native = await openNativeDataFolder(out);
		const elements = [...new Set([...expected.values()].map((r) => r.element_id as string))];
		expect(elements).toHaveLength(39);
		let compared = 0;
		for (const element of elements) {
			const [fromWasm, fromNative] = await Promise.all([loadTarget(wasm, filters(element)), loadTarget(native, filters(element))]);
			expect(fromNative.byCycle.map((row) => ({ ...row, score: undefined }))).toEqual(fromWasm.byCycle.map((row) => ({ ...row, score: undefined })));
			expect(fromNative.crosswalk).toEqual(fromWasm.crosswalk);
			for (const row of fromWasm.byCycle) {
				const pipeline = expected.get(`${row.cycle_id} ${element}`)!;
				expect([row.n_countries, row.status]).toEqual([pipeline.n_countries, pipeline.status]);
				if (pipeline.score === null) expect(row.score).toBeNull();
				else expect(row.score).toBeCloseTo(pipeline.score as number, 12);
				compared++;
			}
		}
		expect(compared).toBe(expected.size);
	}, 300_000);
});
