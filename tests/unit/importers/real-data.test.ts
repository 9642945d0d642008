/**
 * Imports every file of ../shared/data/real (relative to the repo root; never copied into the project) and
 * checks values known from the sources (PROVENANCE.md), the derived files, and that nothing is dropped unseen.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder, type ImportedData } from '../../../src/pipeline/importers/import-folder';
import { INDICATORS } from '../../../src/lib/indicators/known';
import { NOT_IMPORTED, SOURCES } from '../../../src/pipeline/importers/sources';
import { writeOutputs } from '../../../src/pipeline/importers/write-outputs';
import { COUNTRIES } from '../../../src/pipeline/reference/countries';
import { HAS_REAL_DATA, REAL_DATA_DIR, withTempDir } from './helpers';

if (!HAS_REAL_DATA) console.warn(`Skipping the real-data importer tests: ${REAL_DATA_DIR} is absent (see ../shared/data/real/PROVENANCE.md).`);

type Row = Record<string, string>;
const readReal = (file: string): Row[] => parse(readFileSync(path.join(REAL_DATA_DIR, file), 'utf8'), { columns: true });

describe.skipIf(!HAS_REAL_DATA)('importing ../shared/data/real', () => {
	let data: ImportedData;
	let written: Record<string, Row[]>;
	let sourcesJson: { sources: { file: string; sha256: string; rows: number }[] };
	const value = (indicator: string, code: string, year: number) =>
		Number(written['indicator_values.csv'].find((r) => r.indicator_id === indicator && r.iso3 === code && r.year === String(year))?.value);

	beforeAll(async () => {
		const started = performance.now();
		const imported = await importFolder(REAL_DATA_DIR);
		if (!imported.ok) throw new Error(imported.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
		data = imported.data;
		console.info(`imported ${data.sources.length} real sources in ${Math.round(performance.now() - started)} ms`);
		await withTempDir(async (out) => {
			await writeOutputs(out, data);
			const files = ['indicators.csv', 'indicator_values.csv', 'indicator_entities.csv', 'parties.csv'];
			written = Object.fromEntries(await Promise.all(files.map(async (f) => [f, parse(await readFile(path.join(out, f), 'utf8'), { columns: true })])));
			sourcesJson = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		});
	});

	it('reads every CSV of the folder, or says why not', () => {
		const csvs = readdirSync(REAL_DATA_DIR).filter((f) => f.endsWith('.csv'));
		expect(data.sources.map((s) => s.spec.file).sort()).toEqual(SOURCES.map((s) => s.file).sort());
		expect(data.skipped.map((s) => s.file).sort()).toEqual(Object.keys(NOT_IMPORTED).sort());
		expect(csvs.length).toBe(SOURCES.length + Object.keys(NOT_IMPORTED).length);
	});

	it('records each source with the sha256 of its bytes and its row count', () => {
		for (const entry of sourcesJson.sources) {
			const bytes = readFileSync(path.join(REAL_DATA_DIR, entry.file));
			expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			expect(entry.rows).toBe(readReal(entry.file).length);
		}
	});

	it('Red List Index of the World: 0.82 (1993), 0.77 (2010), 0.72 (2024)', () => {
		expect([1993, 2010, 2024].map((y) => value('red_list_index', 'WLD', y))).toEqual([0.82, 0.77, 0.72]);
	});

	it('forest share of land: World 30.2% → 28.8%, Brazil 69.2% → 58.3% (1990 → 2020)', () => {
		const pair = (code: string) => [1990, 2020].map((y) => value('forest_area_pct_land', code, y).toFixed(1));
		expect(pair('WLD')).toEqual(['30.2', '28.8']);
		expect(pair('BRA')).toEqual(['69.2', '58.3']);
	});

	it('protected areas of the World 13.3% (2016) and the Living Planet Index 0.457 (2010)', () => {
		expect(value('protected_areas_pct_territory', 'WLD', 2016).toFixed(1)).toBe('13.3');
		expect(value('living_planet_index', 'WLD', 2010).toFixed(3)).toBe('0.457');
	});

	it('natural and mixed World Heritage sites equal the derived file for every state and year; 208 sites by 2010', () => {
		const iso3ByIso2 = new Map(readReal('countries_iso3166_m49.csv').map((c) => [c.iso2, c.iso3]));
		const expected = readReal('world_heritage_natural_sites_by_country_year.csv').map((r) => `${iso3ByIso2.get(r.iso2)} ${r.year} ${r.natural_or_mixed_sites}`);
		const ours = written['indicator_values.csv'].filter((r) => r.indicator_id === 'world_heritage_natural_sites' && r.iso3 !== 'WLD');
		expect(ours.map((r) => `${r.iso3} ${r.year} ${r.value}`).sort()).toEqual(expected.sort());
		expect(value('world_heritage_natural_sites', 'WLD', 2010)).toBe(208);
		const countingEachState = ours.filter((r) => r.year === '2010').reduce((sum, r) => sum + Number(r.value), 0);
		expect(countingEachState).toBe(236);
		expect([
			value('world_heritage_natural_sites', 'USA', 2010),
			value('world_heritage_natural_sites', 'AUS', 2010),
			value('world_heritage_natural_sites', 'CHN', 2019)
		]).toEqual([13, 15, 18]);
	});

	it('parties in force by the end of 2010: CBD 192, CITES 175, CMS 113, Ramsar 160, WHC 184; the USA not in the CBD', () => {
		const partiesBy = (year: number) => (convention: string) =>
			written['parties.csv'].filter((p) => p.convention_id === convention && p.joined <= `${year}-12-31`).length;
		expect(['cbd', 'cites', 'cms', 'ramsar', 'whc'].map(partiesBy(2010))).toEqual([192, 175, 113, 160, 184]);
		expect(written['parties.csv'].some((p) => p.convention_id === 'cbd' && p.iso3 === 'USA')).toBe(false);
		expect(written['parties.csv'].find((p) => p.convention_id === 'cites' && p.iso3 === 'USA')?.joined).toBe('1975-07-01');
		for (const row of readReal('convention_party_counts_by_year_ieadb.csv'))
			expect([row.convention, row.year, partiesBy(Number(row.year))(row.convention.toLowerCase())]).toEqual([
				row.convention,
				row.year,
				Number(row.parties_in_force_by_year_end)
			]);
	});

	it('keeps aggregates with their kind, apart from countries, and every value belongs to a country or an aggregate', () => {
		const entities = new Map(written['indicator_entities.csv'].map((e) => [e.code, e.kind]));
		expect(
			Object.fromEntries(
				['WLD', 'AGG_SUB_SAHARAN_AFRICA_UN_SDG', 'SSF', 'HIC', 'LMY', 'LDC', 'AGG_SMALL_ISLAND_DEVELOPING_STATES_SIDS', 'AGG_ENGLAND'].map((c) => [
					c,
					entities.get(c)
				])
			)
		).toEqual({
			WLD: 'world',
			AGG_SUB_SAHARAN_AFRICA_UN_SDG: 'region',
			SSF: 'region',
			HIC: 'income_group',
			LMY: 'income_group',
			LDC: 'other',
			AGG_SMALL_ISLAND_DEVELOPING_STATES_SIDS: 'other',
			AGG_ENGLAND: 'other'
		});
		const countries = new Set(COUNTRIES.map((c) => c.iso3));
		expect([...entities.keys()].filter((code) => countries.has(code))).toEqual([]);
		const orphans = new Set(written['indicator_values.csv'].map((r) => r.iso3).filter((code) => !countries.has(code) && !entities.has(code)));
		expect([...orphans]).toEqual([]);
	});

	it('writes values the pipeline accepts: four-digit years, plain numbers, indicators known', () => {
		const ids = new Set<string>(INDICATORS.map((i) => i.indicator_id));
		const bad = written['indicator_values.csv'].filter((r) => !/^\d{4}$/.test(r.year) || !/^-?\d+(\.\d+)?(e-?\d+)?$/.test(r.value) || !ids.has(r.indicator_id));
		expect(bad).toEqual([]);
		expect(new Set(written['indicators.csv'].map((r) => r.indicator_id))).toEqual(ids);
	});

	it('maps indicators to targets as the transcribed framework file does', () => {
		const framework = readReal('framework_2010_goals_targets.csv');
		for (const indicator of INDICATORS.filter((i) => !('proxy' in i))) {
			const targets = framework
				.filter((t) =>
					t.relevant_indicators
						.split('|')
						.map((s) => s.trim())
						.includes(indicator.frameworkIndicator)
				)
				.map((t) => `t${t.target_no}`);
			expect([indicator.indicator_id, ...indicator.targets]).toEqual([indicator.indicator_id, ...targets]);
		}
	});
});
