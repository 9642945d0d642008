/**
 * The indicator SQL on duckdb-wasm's Node build over the pipeline's Parquet, on the tiny fixture with the
 * indicator files of tests/fixtures/indicators: every number is in that folder's EXPECTED.md.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../src/lib/indicators/change';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { loadIndicatorIds } from '../../../src/lib/queries/indicators/catalogue';
import { loadIndicatorIndex } from '../../../src/lib/queries/indicators/index-page';
import { defaultYear, loadIndicator } from '../../../src/lib/queries/indicators/indicator-page';
import { comparesWithWorld, loadCountryIndicators, loadTargetIndicators } from '../../../src/lib/queries/indicators/panels';
import { loadStatusVsOutcome } from '../../../src/lib/queries/indicators/status-vs-outcome';
import type { EntityChange } from '../../../src/lib/queries/indicators/values';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { copyTiny, makeTempDir, removeDir, TINY } from '../pipeline/helpers';

let root: string;
let db: Db;

beforeAll(async () => {
	const input = await copyTiny();
	root = path.dirname(input);
	await cp(path.resolve('tests/fixtures/indicators'), input, { recursive: true, filter: (file) => !file.endsWith('.md') });
	const out = path.join(root, 'data');
	const result = await runPipeline({ input, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
	db = await openDataFolder(out);
});
afterAll(() => removeDir(root));

/** [absolute, percent, direction, verdict] */
type Expected = [number, number | null, Change['direction'], Change['verdict']] | null;

function expectChange(change: Change | null, expected: Expected, label: string) {
	if (expected === null) return expect(change, label).toBeNull();
	expect(change, label).not.toBeNull();
	const [absolute, percent, direction, verdict] = expected;
	expect(change!.absolute, label).toBeCloseTo(absolute, 12);
	if (percent === null) expect(change!.percent, label).toBeNull();
	else expect(change!.percent!, label).toBeCloseTo(percent, 12);
	expect([change!.direction, change!.verdict], label).toEqual([direction, verdict]);
}

const byCode = (changes: EntityChange[], code: string) => changes.find((row) => row.code === code)!;

describe('one indicator (red_list_index)', () => {
	it.each([
		['WLD', [-0.04, -0.05, 'down', 'unfavourable'], [-0.02, -0.02 / 0.76, 'down', 'unfavourable']],
		['BRA', [0, 0, 'flat', 'neutral'], [-0.02, -0.02 / 0.9, 'down', 'unfavourable']],
		['FRA', [0.02, 0.02 / 0.85, 'up', 'favourable'], null],
		['KEN', [-0.07, -0.1, 'down', 'unfavourable'], [-0.03, -0.03 / 0.63, 'down', 'unfavourable']],
		['NZL', null, [0.05, 0.1, 'up', 'favourable']],
		['AGG_AFRICA_UN', [-0.05, -0.05 / 0.75, 'down', 'unfavourable'], null],
		['HIC', [-0.02, -0.02 / 0.88, 'down', 'unfavourable'], null]
	] as [string, Expected, Expected][])('%s: change 2000–2010 and since 2010', async (code, before, since) => {
		const data = await loadIndicator(db, { indicator: 'red_list_index', countries: ['BRA', 'FRA', 'KEN', 'NZL'], year: null });
		const row = byCode(data.changes, code);
		expectChange(row.before, before, `${code} 2000–2010`);
		expectChange(row.since, since, `${code} since 2010`);
	});

	it('lists the World, the chosen countries, then regions and income groups — never other groupings', async () => {
		const data = await loadIndicator(db, { indicator: 'red_list_index', countries: ['KEN', 'XXX', 'BRA'], year: null });
		expect(data.countries).toEqual(['KEN', 'BRA']);
		expect(data.changes.map((row) => [row.code, row.kind])).toEqual([
			['WLD', 'world'],
			['KEN', 'country'],
			['BRA', 'country'],
			['AGG_AFRICA_UN', 'region'],
			['HIC', 'income_group']
		]);
		expect([...new Set(data.series.map((point) => point.code))]).toEqual(['WLD', 'KEN', 'BRA']);
		expect(data.series.find((point) => point.code === 'WLD' && point.year === 2010)?.value).toBe(0.76);
		expect([...new Set(data.aggregates.map((point) => point.name))]).toEqual(['Africa (UN)', 'High income']);
	});

	it('maps and ranks countries only, in the default year (the latest well-covered one) or the chosen one', async () => {
		const latest = await loadIndicator(db, { indicator: 'red_list_index', countries: [], year: null });
		expect(latest.years).toEqual([
			{ year: 2000, n_countries: 3 },
			{ year: 2010, n_countries: 4 },
			{ year: 2015, n_countries: 3 }
		]);
		expect(latest.year).toBe(2015);
		expect(latest.ranking.map((row) => [row.iso3, row.value, row.rank])).toEqual([
			['BRA', 0.88, 1],
			['KEN', 0.6, 2],
			['NZL', 0.55, 3]
		]);
		const in2010 = await loadIndicator(db, { indicator: 'red_list_index', countries: [], year: 2010 });
		expect(in2010.ranking.map((row) => [row.iso3, row.rank])).toEqual([
			['BRA', 1],
			['FRA', 2],
			['KEN', 3],
			['NZL', 4]
		]);
		expect((await loadIndicator(db, { indicator: 'red_list_index', countries: [], year: 1999 })).year).toBe(2015);
	});

	it('describes the indicator with its source, licence, citation and targets', async () => {
		const data = await loadIndicator(db, { indicator: 'red_list_index', countries: [], year: null });
		expect(data.indicator).toMatchObject({ name: 'Red List Index', source: 'Fixture RLI source', licence: 'CC BY 4.0', kind: 'real' });
		expect(data.targets.map((row) => [row.element_id, row.focal_area_id])).toEqual([
			['t1.1', 'fa1'],
			['t2.1', 'fa1']
		]);
	});

	it('answers an unknown indicator with no data rather than an error', async () => {
		expect((await loadIndicator(db, { indicator: 'nope', countries: [], year: null })).indicator).toBeNull();
	});
});

describe('forest_area_pct_land and pa_coverage', () => {
	it('KEN forest: +0.3 (+5%) then +0.2 (+3.175%), favourable', async () => {
		const data = await loadIndicator(db, { indicator: 'forest_area_pct_land', countries: ['KEN'], year: null });
		expectChange(byCode(data.changes, 'WLD').before, [-0.5, -0.5 / 31, 'down', 'unfavourable'], 'WLD before');
		expectChange(byCode(data.changes, 'WLD').since, [-0.5, -0.5 / 30.5, 'down', 'unfavourable'], 'WLD since');
		expectChange(byCode(data.changes, 'KEN').before, [0.3, 0.05, 'up', 'favourable'], 'KEN before');
		expectChange(byCode(data.changes, 'KEN').since, [0.2, 0.2 / 6.3, 'up', 'favourable'], 'KEN since');
	});

	it('has no change without values in the years compared, but the span from the first to the latest year', async () => {
		const data = await loadIndicator(db, { indicator: 'pa_coverage', countries: ['BRA'], year: null });
		expect(data.changes.map((row) => [row.code, row.before, row.since])).toEqual([
			['WLD', null, null],
			['BRA', null, null]
		]);
		expect(byCode(data.changes, 'WLD').span).toBeNull();
		expectChange(byCode(data.changes, 'BRA').span, [8.7, 8.7 / 18.2, 'up', null], 'BRA span');
		expect(byCode(data.changes, 'BRA')).toMatchObject({ first_year: 2005, first: 18.2, latest_year: 2009, latest: 26.9 });
	});
});

describe('the index', () => {
	it('lists every indicator with its World trend since 2010 and the countries with data', async () => {
		const index = await loadIndicatorIndex(db);
		const of = (id: string) => index.indicators.find((row) => row.indicator_id === id)!;
		expectChange(of('red_list_index').world, [-0.02, -0.02 / 0.76, 'down', 'unfavourable'], 'RLI');
		expect(of('red_list_index')).toMatchObject({ n_countries: 4, first_year: 2000, last_year: 2015, world_latest: 0.74 });
		expect([of('red_list_index').world!.from_year, of('red_list_index').world!.to_year]).toEqual([2010, 2015]);
		expectChange(of('forest_area_pct_land').world, [-0.5, -0.5 / 30.5, 'down', 'unfavourable'], 'forest');
		expect(of('forest_area_pct_land').n_countries).toBe(3);
		expect(of('pa_coverage')).toMatchObject({ world: null, world_latest: 12.7, kind: 'real' });
		expect(index.targets.map((row) => `${row.indicator_id} ${row.element_id}`)).toEqual([
			'red_list_index t1.1',
			'forest_area_pct_land t1.2',
			'red_list_index t2.1',
			'pa_coverage t4.1'
		]);
		expect(await loadIndicatorIds(db)).toEqual(['forest_area_pct_land', 'pa_coverage', 'red_list_index']);
	});
});

describe('small multiples for countries and targets', () => {
	it('a country gets a panel per indicator with its values, beside the World', async () => {
		const { panels, without } = await loadCountryIndicators(db, 'KEN');
		expect(panels.map((panel) => panel.indicator.indicator_id)).toEqual(['forest_area_pct_land', 'red_list_index']);
		expect(without.map((indicator) => indicator.indicator_id)).toEqual(['pa_coverage']);
		expect([...new Set(panels[0].series.map((point) => point.code))]).toEqual(['KEN', 'WLD']);
		expectChange(panels[0].change!.before, [0.3, 0.05, 'up', 'favourable'], 'KEN forest');
	});

	it('puts the World beside a country only where the two compare (shares and indices, not counts)', () => {
		expect(['index, 0 to 1', '% of land area', 'sites'].map(comparesWithWorld)).toEqual([true, true, false]);
	});

	it.each([
		['t1.1', ['red_list_index']],
		['g1', ['forest_area_pct_land', 'red_list_index']],
		['fa2', ['pa_coverage']],
		['t4.2', []]
	])('element %s is informed by %j', async (element, ids) => {
		const { panels } = await loadTargetIndicators(db, element);
		expect(panels.map((panel) => panel.indicator.indicator_id)).toEqual(ids);
		for (const panel of panels) expect(panel.focus).toBe('WLD');
	});
});

describe('status vs outcome', () => {
	it('t1.1: status by convention with its change since the previous cycle, and the RLI trend', async () => {
		const data = await loadStatusVsOutcome(db, 't1.1');
		const [cbd, cms, ramsar] = data.implementation;
		expect(cbd).toMatchObject({ convention_id: 'cbd', cycle_id: 'cbd-4nr', n_countries: 4, previous_label: 'Third national report', n_both: 2 });
		expect(cbd.score).toBeCloseTo(0.625, 12);
		expect(cbd.change!).toBeCloseTo(0.425, 12);
		expect(ramsar).toMatchObject({ convention_id: 'ramsar', cycle_id: 'ramsar-cop10', n_countries: 2, change: null, n_both: 0 });
		// CMS COP10 has no report yet, and its format does not ask about 1.1.
		expect(cms).toMatchObject({ convention_id: 'cms', cycle_id: 'cms-cop10', score: null, n_countries: 0, n_both: 0 });
		expect(data.outcomes.map((row) => row.indicator.indicator_id)).toEqual(['red_list_index']);
		expectChange(data.outcomes[0].world.before, [-0.04, -0.05, 'down', 'unfavourable'], 'RLI before');
	});

	it('g1: a goal rolls up per country before the change is taken', async () => {
		const [cbd] = (await loadStatusVsOutcome(db, 'g1')).implementation;
		expect(cbd.score).toBeCloseTo(23 / 48, 12);
		expect(cbd.change!).toBeCloseTo(0.425, 12);
		expect(cbd.n_both).toBe(2);
	});
});

describe('without indicator data', () => {
	it('every loader answers empty', async () => {
		const dir = await makeTempDir('queries-no-indicators-');
		try {
			const input = path.join(dir, 'input');
			await cp(TINY, input, { recursive: true, filter: (file) => !/indicator/.test(path.basename(file)) });
			const result = await runPipeline({ input, out: path.join(dir, 'data') });
			expect(result.ok).toBe(true);
			const bare = await openDataFolder(path.join(dir, 'data'));
			expect(await loadIndicatorIndex(bare)).toEqual({ indicators: [], targets: [] });
			expect(await loadIndicatorIds(bare)).toEqual([]);
			expect((await loadIndicator(bare, { indicator: 'red_list_index', countries: [], year: null })).indicator).toBeNull();
			expect((await loadStatusVsOutcome(bare, 't1.1')).outcomes).toEqual([]);
		} finally {
			await removeDir(dir);
		}
	});
});

it('defaultYear: the latest year with at least half the best coverage', () => {
	expect(defaultYear([])).toBeNull();
	expect(
		defaultYear([
			{ year: 2020, n_countries: 10 },
			{ year: 2021, n_countries: 4 }
		])
	).toBe(2020);
});
