/**
 * `--real ../shared/data/real` (relative to the repo root; never copied into the project): indicator tables with
 * values known from the sources (PROVENANCE.md), real memberships in place of the sample's, the sample generated
 * again on them, and a manifest that says which parts are real.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/schema';
import { INDICATOR_OUTPUT_TABLES } from '../../../src/core/contract/indicator-contract';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { HAS_REAL_DATA, REAL_DATA_DIR } from '../importers/helpers';
import { appendLines, copyTiny, editFile, makeTempDir, readParquet, removeDir, type Row } from './helpers';

if (!HAS_REAL_DATA) console.warn(`Skipping the pipeline's --real tests: ${REAL_DATA_DIR} is absent (see ../shared/data/real/PROVENANCE.md).`);

const SAMPLE = path.resolve('data/sample');

describe.skipIf(!HAS_REAL_DATA)('npm run data -- --real on the generated sample', () => {
	let root: string;
	let out: string;
	let manifest: Manifest;
	const tables: Record<string, Row[]> = {};

	beforeAll(async () => {
		root = await makeTempDir('pipeline-real-');
		out = path.join(root, 'data');
		const result = await runPipeline({ input: SAMPLE, out, real: REAL_DATA_DIR });
		expect(result.ok ? [] : result.problems).toEqual([]);
		manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
		for (const table of ['indicators', 'indicator_values', 'indicator_entities', 'parties', 'reports', 'cycles'])
			tables[table] = await readParquet(path.join(out, `${table}.parquet`));
	});
	afterAll(() => removeDir(root));

	const value = (indicator: string, code: string, year: number) =>
		tables.indicator_values.find((row) => row.indicator_id === indicator && row.iso3 === code && row.year === year)?.value;

	it('writes the indicator tables with the known values', () => {
		expect(value('red_list_index', 'WLD', 2010)).toBe(0.77);
		expect(value('living_planet_index', 'WLD', 2010)).toBeCloseTo(0.457, 3);
		expect(value('forest_area_pct_land', 'BRA', 1990)).toBeCloseTo(69.2, 1);
		expect(value('world_heritage_natural_sites', 'WLD', 2010)).toBe(208);
		for (const [table, columns] of Object.entries(INDICATOR_OUTPUT_TABLES)) expect(manifest.tables[table].columns).toEqual([...columns]);
	});

	it('maps each indicator to every target it informs, with source, licence and citation, as real data', () => {
		const rli = tables.indicators.filter((row) => row.indicator_id === 'red_list_index');
		expect(rli.map((row) => row.element_id)).toEqual(['t2.1', 't2.2', 't4.3']);
		expect(rli[0]).toMatchObject({ licence: 'CC BY 4.0', kind: 'real' });
		expect(rli[0].citation).toMatch(/BirdLife International and IUCN/);
		expect(tables.indicators.every((row) => row.kind === 'real' && row.source && row.citation && row.licence)).toBe(true);
	});

	it('keeps aggregates with their kind: the World, UN regions, World Bank income groups', () => {
		const kindOf = (code: string) => tables.indicator_entities.find((row) => row.code === code)?.kind;
		expect(kindOf('WLD')).toBe('world');
		expect(kindOf('HIC')).toBe('income_group');
		expect(tables.indicator_entities.filter((row) => row.kind === 'region').length).toBeGreaterThan(5);
	});

	it('replaces the sample memberships with the real ones: 192 CBD parties by the end of 2010, USA not among them', () => {
		const cbd = tables.parties.filter((row) => row.convention_id === 'cbd');
		expect(cbd.filter((row) => (row.joined as string) <= '2010-12-31')).toHaveLength(192);
		expect(cbd.some((row) => row.iso3 === 'USA')).toBe(false);
		const usaCites = tables.parties.find((row) => row.convention_id === 'cites' && row.iso3 === 'USA');
		expect(usaCites?.joined).toBe('1975-07-01');
	});

	it('generates the sample again on them: every expected report is owed by a real party that had joined by the due date', () => {
		const joined = new Map(tables.parties.map((row) => [`${row.convention_id} ${row.iso3}`, row.joined as string]));
		const due = new Map(tables.cycles.map((row) => [row.cycle_id, row.due as string]));
		const owedByNonParty = tables.reports.filter((row) => {
			const date = joined.get(`${row.convention_id} ${row.iso3}`);
			return date === undefined || date > due.get(row.cycle_id as string)!;
		});
		expect(owedByNonParty).toEqual([]);
		expect(tables.reports.some((row) => row.convention_id === 'cbd' && row.iso3 === 'USA')).toBe(false);
		const cbd4 = tables.reports.filter((row) => row.cycle_id === 'cbd-4nr');
		const partiesBy2009 = tables.parties.filter((row) => row.convention_id === 'cbd' && (row.joined as string) <= '2009-03-30');
		expect(cbd4).toHaveLength(partiesBy2009.length);
	});

	it('says in the manifest which parts are real and which are the sample', () => {
		expect(manifest.sample).toBe(true);
		const kinds = manifest.sources.map((source) => [source.name.split(':')[0], source.kind]);
		expect(kinds).toEqual([
			['National reports', 'sample'],
			['Convention memberships', 'real'],
			['Red List Index (species survival)', 'real'],
			['Forest area', 'real'],
			['Terrestrial and marine protected areas', 'real'],
			['Living Planet Index (vertebrate populations, WWF 2016)', 'real'],
			['Natural and mixed World Heritage sites (cumulative, by year of inscription)', 'real']
		]);
		expect(manifest.sources[0].name).toMatch(/illustrative sample .*seed 2010, generated on the real memberships/);
		for (const source of manifest.sources.slice(1)) expect(source.citation && source.licence, source.name).toBeTruthy();
	});

	it('is deterministic: the same inputs give the same sample and indicator tables', async () => {
		const again = path.join(root, 'again');
		const result = await runPipeline({ input: SAMPLE, out: again, real: REAL_DATA_DIR });
		expect(result.ok).toBe(true);
		const second = JSON.parse(await readFile(path.join(again, 'manifest.json'), 'utf8')) as Manifest;
		// Roll-ups (element_status) are means summed in parallel threads, so only their last bits may differ.
		const exact = ['parties', 'reports', 'questions', 'crosswalk', 'responses', 'status', ...Object.keys(INDICATOR_OUTPUT_TABLES)];
		for (const name of exact) expect(second.tables[name].sha256, name).toBe(manifest.tables[name].sha256);
	});
});

describe.skipIf(!HAS_REAL_DATA)('npm run data -- --real on real reports (the tiny fixture)', () => {
	let input: string;
	let root: string;
	beforeAll(async () => {
		input = await copyTiny();
		root = await makeTempDir('pipeline-real-tiny-');
	});
	afterAll(() => Promise.all([removeDir(path.dirname(input)), removeDir(root)]));

	it('keeps the reports, takes the real memberships of the listed countries and says what it left out', async () => {
		const out = path.join(root, 'data');
		const result = await runPipeline({ input, out, real: REAL_DATA_DIR });
		if (!result.ok) throw new Error(result.problems.join('\n'));
		const parties = await readParquet(path.join(out, 'parties.parquet'));
		expect(new Set(parties.map((row) => row.iso3))).toEqual(new Set(['BRA', 'FRA', 'KEN', 'NZL']));
		expect(parties.find((row) => row.convention_id === 'cbd' && row.iso3 === 'BRA')?.joined).toBe('1994-05-29');
		expect((await readParquet(path.join(out, 'reports.parquet'))).length).toBe(16);
		expect(result.notes.join('\n')).toMatch(/\d+ real memberships of countries or conventions the input does not list were left out/);
		expect(result.manifest.sources[0]).toEqual({ name: `National reports: ${path.basename(input)}`, kind: 'real' });
	});

	it('reports a report from a country that is not really a party, naming the input file', async () => {
		await editFile(input, 'countries.csv', appendLines('USA,United States,Americas,Northern America,'));
		await editFile(input, 'reports.csv', appendLines('cbd,cbd-4nr,USA,2009-05-01'));
		const result = await runPipeline({ input, out: path.join(root, 'bad'), real: REAL_DATA_DIR });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			`${path.join(input, 'reports.csv')}:18: column iso3: "USA" is not a party of "cbd" (no row in parties.csv). Fix: add the membership to parties.csv, or remove the report.`
		]);
	});
});
