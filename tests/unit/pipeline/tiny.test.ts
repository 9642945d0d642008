/** The pipeline on the tiny fixture: every number of tests/fixtures/tiny/EXPECTED.md, read back from Parquet. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_TABLES, type Manifest } from '../../../src/lib/schema';
import { ACTIVITY_OUTPUT_TABLES } from '../../../src/core/contract/activity-contract';
import { INDICATOR_OUTPUT_TABLES } from '../../../src/core/contract/indicator-contract';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, parquetColumnTypes, readParquet, removeDir, TINY } from './helpers';

let root: string;
let out: string;
const read = (table: string) => readParquet(path.join(out, `${table}.parquet`));

beforeAll(async () => {
	root = await makeTempDir();
	out = path.join(root, 'data');
	const result = await runPipeline({ input: TINY, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
});
afterAll(() => removeDir(root));

/** [score, n_scored, n_questions, status] per report and target, from EXPECTED.md. */
const STATUS: Record<string, [number | null, number, number, string]> = {
	'cbd-3nr BRA t1.1': [0.85, 2, 2, 'advanced'],
	'cbd-3nr BRA t1.2': [0, 1, 1, 'not_started'],
	'cbd-3nr BRA t2.1': [0.7, 1, 1, 'in_progress'],
	'cbd-3nr FRA t1.1': [0.15, 2, 2, 'not_started'],
	'cbd-3nr FRA t1.2': [null, 0, 1, 'no_data'],
	'cbd-3nr FRA t2.1': [0.3, 1, 1, 'early'],
	'cbd-4nr BRA t1.1': [1, 2, 2, 'advanced'],
	'cbd-4nr BRA t1.2': [1, 1, 1, 'advanced'],
	'cbd-4nr BRA t2.1': [1, 1, 1, 'advanced'],
	'cbd-4nr BRA t4.1': [0.7, 1, 1, 'in_progress'],
	'cbd-4nr FRA t1.1': [0.85, 2, 2, 'advanced'],
	'cbd-4nr FRA t1.2': [0, 1, 1, 'not_started'],
	'cbd-4nr FRA t2.1': [0.7, 1, 1, 'in_progress'],
	'cbd-4nr FRA t4.1': [0.3, 1, 1, 'early'],
	'cbd-4nr KEN t1.1': [0, 2, 2, 'not_started'],
	'cbd-4nr KEN t1.2': [0, 1, 1, 'not_started'],
	'cbd-4nr KEN t2.1': [0, 1, 1, 'not_started'],
	'cbd-4nr KEN t4.1': [null, 0, 1, 'no_data'],
	'cbd-4nr NZL t1.1': [0.65, 2, 2, 'in_progress'],
	'cbd-4nr NZL t1.2': [null, 0, 1, 'no_data'],
	'cbd-4nr NZL t2.1': [0.3, 1, 1, 'early'],
	'cbd-4nr NZL t4.1': [1, 1, 1, 'advanced'],
	'ramsar-cop10 BRA t1.1': [1, 1, 1, 'advanced'],
	'ramsar-cop10 BRA t1.2': [null, 0, 1, 'no_data'],
	'ramsar-cop10 FRA t1.1': [0.25, 1, 1, 'early'],
	'ramsar-cop10 FRA t1.2': [0.5, 1, 1, 'in_progress'],
	'cms-cop9 BRA t1.1': [null, 0, 1, 'no_data'],
	'cms-cop9 BRA t2.1': [1, 1, 1, 'advanced'],
	'cms-cop9 FRA t1.1': [null, 0, 1, 'no_data'],
	'cms-cop9 FRA t2.1': [0, 1, 1, 'not_started']
};

/** [score, n_countries, status] per cycle and element; every other element has no score (see COVERAGE). */
const ROLLUPS: Record<string, [number, number, string]> = {
	'cbd-3nr t1.1': [0.5, 2, 'in_progress'],
	'cbd-3nr t1.2': [0, 1, 'not_started'],
	'cbd-3nr t2.1': [0.5, 2, 'in_progress'],
	'cbd-3nr g1': [0.25, 2, 'early'],
	'cbd-3nr g2': [0.5, 2, 'in_progress'],
	'cbd-3nr fa1': [0.375, 2, 'early'],
	'cbd-4nr t1.1': [0.625, 4, 'in_progress'],
	'cbd-4nr t1.2': [1 / 3, 3, 'early'],
	'cbd-4nr t2.1': [0.5, 4, 'in_progress'],
	'cbd-4nr t4.1': [2 / 3, 3, 'in_progress'],
	'cbd-4nr g1': [23 / 48, 4, 'early'],
	'cbd-4nr g2': [0.5, 4, 'in_progress'],
	'cbd-4nr g4': [2 / 3, 3, 'in_progress'],
	'cbd-4nr fa1': [47 / 96, 4, 'early'],
	'cbd-4nr fa2': [2 / 3, 3, 'in_progress'],
	'ramsar-cop10 t1.1': [0.625, 2, 'in_progress'],
	'ramsar-cop10 t1.2': [0.5, 1, 'in_progress'],
	'ramsar-cop10 g1': [0.5625, 2, 'in_progress'],
	'ramsar-cop10 fa1': [0.5625, 2, 'in_progress'],
	'cms-cop9 t2.1': [0.5, 2, 'in_progress'],
	'cms-cop9 g2': [0.5, 2, 'in_progress'],
	'cms-cop9 fa1': [0.5, 2, 'in_progress']
};

/** Questions of each cycle's format mapped to each element (or a target under it); 0 = not covered. */
const ELEMENTS = ['t1.1', 't1.2', 't2.1', 't4.1', 't4.2', 'g1', 'g2', 'g4', 'fa1', 'fa2'];
const COVERAGE: Record<string, number[]> = {
	'cbd-3nr': [2, 1, 1, 0, 0, 3, 1, 0, 3, 0],
	'cbd-4nr': [2, 1, 1, 1, 0, 3, 1, 1, 3, 1],
	'ramsar-cop9': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
	'ramsar-cop10': [1, 1, 0, 0, 0, 2, 0, 0, 2, 0],
	'cms-cop9': [1, 0, 1, 0, 0, 1, 1, 0, 2, 0],
	'cms-cop10': [0, 0, 1, 0, 0, 0, 1, 0, 1, 0]
};
const coverage = (cycle: string, element: string) => COVERAGE[cycle][ELEMENTS.indexOf(element)];

describe('status', () => {
	it('has one row per submitted report and target, scored by rule 2', async () => {
		const rows = await read('status');
		expect(rows).toHaveLength(10 * 5);
		for (const row of rows) {
			const key = `${row.cycle_id} ${row.iso3} ${row.element_id}`;
			const [score, nScored, nQuestions, status] = STATUS[key] ?? [null, 0, 0, 'not_covered'];
			if (score === null) expect(row.score, key).toBeNull();
			else expect(row.score as number, key).toBeCloseTo(score, 12);
			expect([row.n_scored, row.n_questions, row.status], key).toEqual([nScored, nQuestions, status]);
		}
		expect(rows.filter((row) => row.element_id === 't4.2').every((row) => row.status === 'not_covered')).toBe(true);
		const outcomes = new Set(rows.map((row) => row.status));
		expect([...outcomes].sort()).toEqual(['advanced', 'early', 'in_progress', 'no_data', 'not_covered', 'not_started']);
		expect(rows.some((row) => row.iso3 === 'KEN' && row.cycle_id !== 'cbd-4nr')).toBe(false);
		expect(rows.some((row) => row.iso3 === 'NZL' && row.convention_id !== 'cbd')).toBe(false);
		expect(rows.find((row) => row.cycle_id === 'ramsar-cop10')?.year).toBe(2008);
	});
});

describe('element_status', () => {
	it('rolls targets up to goals and focal areas by unweighted means of the level below with data', async () => {
		const rows = await read('element_status');
		expect(rows).toHaveLength(6 * 10);
		for (const row of rows) {
			const key = `${row.cycle_id} ${row.element_id}`;
			const expected = ROLLUPS[key];
			expect(row.n_questions, key).toBe(coverage(row.cycle_id as string, row.element_id as string));
			if (expected) {
				expect(row.score as number, key).toBeCloseTo(expected[0], 12);
				expect([row.n_countries, row.status], key).toEqual([expected[1], expected[2]]);
			} else {
				const outcome = row.n_questions === 0 ? 'not_covered' : 'no_data';
				expect([row.score, row.n_countries, row.status], key).toEqual([null, 0, outcome]);
			}
		}
		const status = (key: string) => rows.find((row) => `${row.cycle_id} ${row.element_id}` === key)?.status;
		// The format asks (m2 → t1.1) but both answers are not applicable: no data, and so is its goal.
		expect([status('cms-cop9 t1.1'), status('cms-cop9 g1'), status('cms-cop9 t1.2')]).toEqual(['no_data', 'no_data', 'not_covered']);
		expect(rows.find((row) => row.element_id === 'g4')?.level).toBe('goal');
	});
});

describe('reporting', () => {
	it('counts expected and submitted reports per cycle', async () => {
		const rows = await read('reporting');
		const byCycle = Object.fromEntries(rows.map((row) => [row.cycle_id, row]));
		expect(rows.map((row) => row.cycle_id)).toEqual(['cbd-3nr', 'cbd-4nr', 'ramsar-cop9', 'ramsar-cop10', 'cms-cop9', 'cms-cop10']);
		expect(byCycle['cms-cop9']).toMatchObject({ expected: 3, submitted: 2 });
		expect(byCycle['cms-cop10']).toMatchObject({ expected: 3, submitted: 0, rate: 0 });
		expect(byCycle['cbd-3nr']).toMatchObject({ label: 'Third national report', year: 2005, expected: 3, submitted: 2 });
		expect(byCycle['cbd-3nr'].rate as number).toBeCloseTo(2 / 3, 12);
		expect(byCycle['cbd-4nr']).toMatchObject({ expected: 4, submitted: 4, rate: 1 });
		expect(byCycle['ramsar-cop9']).toMatchObject({ expected: 0, submitted: 0, rate: null });
		expect(byCycle['ramsar-cop10'].rate as number).toBeCloseTo(2 / 3, 12);
	});
});

describe('responses', () => {
	it('has one row per response and mapped target, unmapped questions once with element_id NULL', async () => {
		const rows = await read('responses');
		expect(rows).toHaveLength(35);
		const q2 = rows.filter((row) => row.cycle_id === 'cbd-3nr' && row.iso3 === 'BRA' && row.question_id === 'q2');
		expect(q2.map((row) => [row.element_id, row.answer, row.score])).toEqual([
			['t1.1', '3', 0.7],
			['t2.1', '3', 0.7]
		]);
		const ramsarBra = rows.filter((row) => row.cycle_id === 'ramsar-cop10' && row.iso3 === 'BRA');
		expect(ramsarBra.map((row) => [row.question_id, row.element_id, row.answer, row.score])).toEqual([
			['r1', 't1.1', 'A', 1],
			['r2', 't1.2', 'Z', null],
			['r3', null, 'C', 0.5]
		]);
	});
});

describe('answer_counts', () => {
	const key = (row: Record<string, unknown>) => `${row.cycle_id} ${row.question_id} ${row.answer} ${row.region}`;

	it('counts the countries that gave each answer, per region, once per report even when the question maps to two targets', async () => {
		const rows = await read('answer_counts');
		const counts: Record<string, number> = Object.fromEntries(rows.map((row) => [key(row), row.n_countries as number]));
		// cbd-4nr q1 "y": BRA (Americas), FRA (Europe), NZL (Oceania); "n": KEN (Africa). All regions: 3 and 1.
		expect(rows.filter((row) => row.cycle_id === 'cbd-4nr' && row.question_id === 'q1').map(key)).toEqual([
			'cbd-4nr q1 n Africa',
			'cbd-4nr q1 y Americas',
			'cbd-4nr q1 y Europe',
			'cbd-4nr q1 y Oceania'
		]);
		expect(counts['cbd-4nr q1 y Americas'] + counts['cbd-4nr q1 y Europe'] + counts['cbd-4nr q1 y Oceania']).toBe(3);
		// cbd-3nr q2 maps to t1.1 and t2.1 (two responses rows), BRA answered "3": one country.
		expect(counts['cbd-3nr q2 3 Americas']).toBe(1);
		// cms-cop9 m2 "Z" (not applicable) by BRA and FRA.
		expect([counts['cms-cop9 m2 Z Americas'], counts['cms-cop9 m2 Z Europe']]).toEqual([1, 1]);
		expect(rows).toHaveLength(29);
	});

	it('equals counting the distinct countries of the responses table directly', async () => {
		const region = new Map((await read('countries')).map((row) => [row.iso3, row.region]));
		const countries = new Map<string, Set<unknown>>();
		for (const row of await read('responses')) {
			const k = key({ ...row, region: region.get(row.iso3) });
			countries.set(k, (countries.get(k) ?? new Set()).add(row.iso3));
		}
		const direct = Object.fromEntries([...countries].map(([k, set]) => [k, set.size]));
		const rows = await read('answer_counts');
		expect(Object.fromEntries(rows.map((row) => [key(row), row.n_countries]))).toEqual(direct);
	});
});

describe('reference tables', () => {
	it('writes the framework in file order with sort and NULL parents of focal areas', async () => {
		const rows = await read('framework');
		expect(rows.map((row) => [row.element_id, row.sort])).toEqual(
			['fa1', 'g1', 't1.1', 't1.2', 'g2', 't2.1', 'fa2', 'g4', 't4.1', 't4.2'].map((id, i) => [id, i + 1])
		);
		expect(rows[0]).toMatchObject({ level: 'focal_area', parent_id: null, code: 'A' });
		expect(rows[2]).toMatchObject({ level: 'target', parent_id: 'g1', code: '1.1' });
	});

	it('keeps values as read: dates as text, empty as NULL, quoted commas, quotes and line breaks', async () => {
		const reports = await read('reports');
		expect(reports[0]).toEqual({ convention_id: 'cbd', cycle_id: 'cbd-3nr', iso3: 'BRA', submitted: '2005-06-01', url: null });
		expect(reports[2].submitted).toBeNull();
		const scales = await read('scales');
		expect(scales.find((row) => row.answer === 'Z')?.score).toBeNull();
		expect(scales.find((row) => row.answer === '2')?.score).toBe(0.3);
		const questions = await read('questions');
		expect(questions).toHaveLength(13);
		expect(questions[1].text).toBe('Progress on the "programme of work" on protected areas');
		expect(questions[2].text).toBe('Has your country identified\r\nareas of particular importance? (text on two lines)');
		const conventions = await read('conventions');
		expect(conventions[1].name).toBe('Convention on Wetlands (Ramsar, Iran, 1971)');
		const countries = await read('countries');
		expect(Object.keys(countries[0])).toEqual([...OUTPUT_TABLES.countries]);
	});

	it('copies the optional indicator files', async () => {
		expect(await read('indicator_values')).toEqual([
			{ indicator_id: 'pa_coverage', iso3: 'BRA', year: 2005, value: 18.2 },
			{ indicator_id: 'pa_coverage', iso3: 'BRA', year: 2009, value: 26.9 },
			{ indicator_id: 'pa_coverage', iso3: 'WLD', year: 2009, value: 12.7 }
		]);
		expect(await read('indicators')).toEqual([
			{
				indicator_id: 'pa_coverage',
				name: 'Coverage of protected areas',
				unit: '% of land area',
				element_id: 't1.1',
				source: 'World Bank WDI (illustrative values)',
				licence: null,
				citation: null,
				kind: 'real'
			}
		]);
	});

	it('lists the World as an aggregate when values use WLD and indicator_entities.csv is absent', async () => {
		expect(await read('indicator_entities')).toEqual([{ code: 'WLD', name: 'World', kind: 'world' }]);
	});
});

describe('Parquet files', () => {
	it('have exactly the contract columns, typed only as UTF-8 strings, INT32 or DOUBLE', async () => {
		for (const [table, columns] of Object.entries({ ...OUTPUT_TABLES, ...INDICATOR_OUTPUT_TABLES, ...ACTIVITY_OUTPUT_TABLES })) {
			const types = (await parquetColumnTypes(path.join(out, `${table}.parquet`))).filter((column) => column.name !== 'duckdb_schema');
			expect(
				types.map((column) => column.name),
				table
			).toEqual([...columns]);
			for (const column of types) expect(['BYTE_ARRAY', 'INT32', 'DOUBLE'], `${table}.${column.name}`).toContain(column.type);
		}
		const status = await parquetColumnTypes(path.join(out, 'status.parquet'));
		expect(status.filter((column) => column.type === 'INT32').map((column) => column.name)).toEqual(['year', 'n_scored', 'n_questions']);
	});
});

describe('manifest.json', () => {
	it('lists every table with rows, bytes, sha256 and columns; no sample flag for this input', async () => {
		const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
		expect(manifest).toMatchObject({ sample: false, notice: null, input: 'tests/fixtures/tiny', vintage: '2009-07-15', as_of: '2009-07-15' });
		expect(JSON.stringify(manifest), 'no absolute local path is published').not.toContain(process.cwd());
		expect(manifest.sources).toEqual([
			{ name: 'National reports and memberships: tests/fixtures/tiny', kind: 'real' },
			{ name: 'Coverage of protected areas: World Bank WDI (illustrative values)', kind: 'real' }
		]);
		expect(Date.parse(manifest.built_at)).not.toBeNaN();
		expect(Object.keys(manifest.tables)).toEqual([
			...Object.keys(OUTPUT_TABLES),
			...Object.keys(INDICATOR_OUTPUT_TABLES),
			...Object.keys(ACTIVITY_OUTPUT_TABLES)
		]);
		expect(manifest.tables.status).toMatchObject({ file: 'status.parquet', rows: 50, columns: [...OUTPUT_TABLES.status] });
		expect(manifest.tables.status.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(manifest.tables.status.bytes).toBe((await readFile(path.join(out, 'status.parquet'))).length);
	});
});
