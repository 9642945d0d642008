/**
 * The import command: reads the known sources in a folder, writes the contract's files and sources.json, lists
 * what it did not read; on any problem it exits 1 listing them all and writes nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../../../src/pipeline/importers/import-folder';
import { writeOutputs } from '../../../src/pipeline/importers/write-outputs';
import { csv, REPO_ROOT, withTempDir } from './helpers';

const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(REPO_ROOT, 'src/pipeline/importers/cli.ts');
const run = (args: string[]) =>
	promisify(execFile)(TSX, [CLI, ...args], { cwd: REPO_ROOT }).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
	);

const RLI = csv('entity,code,year,red_list_index', 'Kenya,KEN,2010,0.83', 'World,OWID_WRL,2010,0.77', '"Africa, Sub-Saharan (UN SDG)",,2010,0.8');
const PARTIES = csv('convention,iso3,entry_into_force_date,is_party', 'CBD,KEN,1994-10-25,yes', 'CBD,USA,,no');

describe('importing a folder', () => {
	it('writes indicators, values, aggregates, parties and sources.json, leaving other files of the output folder alone', async () => {
		await withTempDir(async (dir) => {
			const from = path.join(dir, 'in');
			const out = path.join(dir, 'out');
			await mkdir(from);
			await mkdir(out);
			await writeFile(path.join(from, 'red_list_index_owid.csv'), RLI);
			await writeFile(path.join(from, 'convention_parties_ieadb.csv'), PARTIES);
			await writeFile(path.join(from, 'notes.csv'), 'a\n1\n');
			await writeFile(path.join(out, 'conventions.csv'), 'kept');

			const imported = await importFolder(from);
			if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join('\n'));
			expect(imported.data.skipped).toEqual([{ file: 'notes.csv', reason: 'no importer reads this file' }]);
			await writeOutputs(out, imported.data, new Date('2026-01-02T03:04:05Z'));

			const read = (name: string) => readFile(path.join(out, name), 'utf8');
			expect((await readdir(out)).sort()).toEqual([
				'conventions.csv',
				'indicator_entities.csv',
				'indicator_values.csv',
				'indicators.csv',
				'parties.csv',
				'sources.json'
			]);
			expect(await read('conventions.csv')).toBe('kept');
			expect(await read('indicator_values.csv')).toBe(
				csv(
					'indicator_id,iso3,year,value',
					'red_list_index,AGG_AFRICA_SUB_SAHARAN_UN_SDG,2010,0.8',
					'red_list_index,KEN,2010,0.83',
					'red_list_index,WLD,2010,0.77'
				)
			);
			expect(await read('indicator_entities.csv')).toBe(
				csv('code,name,kind', 'AGG_AFRICA_SUB_SAHARAN_UN_SDG,"Africa, Sub-Saharan (UN SDG)",region', 'WLD,World,world')
			);
			expect(await read('parties.csv')).toBe(csv('convention_id,iso3,joined', 'cbd,KEN,1994-10-25'));
			const indicators = (await read('indicators.csv')).trim().split('\n');
			expect(indicators[0]).toBe('indicator_id,name,unit,element_id,source,licence,citation,kind');
			expect(indicators.slice(1).map((line) => line.split(',')[0] + ' ' + line.match(/,(t\d+\.\d+),/)?.[1])).toEqual([
				'red_list_index t2.1',
				'red_list_index t2.2',
				'red_list_index t4.3'
			]);
			expect(indicators[1]).toMatch(/,CC BY 4\.0,".*",real$/);

			const sources = JSON.parse(await read('sources.json'));
			expect(sources.imported_at).toBe('2026-01-02T03:04:05.000Z');
			expect(sources.sources[0]).toMatchObject({
				file: 'red_list_index_owid.csv',
				sha256: createHash('sha256').update(RLI).digest('hex'),
				rows: 3,
				licence: 'CC BY 4.0',
				citation: expect.stringContaining('BirdLife International and IUCN')
			});
			expect(sources.sources.map((s: { file: string }) => s.file)).toEqual(['red_list_index_owid.csv', 'convention_parties_ieadb.csv']);
		});
	});

	it('exits 1 listing every problem, and leaves the output folder untouched', async () => {
		await withTempDir(async (dir) => {
			const from = path.join(dir, 'in');
			const out = path.join(dir, 'out');
			await mkdir(from);
			await mkdir(out);
			await writeFile(path.join(from, 'red_list_index_owid.csv'), csv('entity,code,year,red_list_index', 'Kenya,KEN,2010,n/a'));
			await writeFile(path.join(from, 'lpi_global_wwf2016.csv'), Buffer.from('entity,year,lpi\nWorld,2010,0.45\nMonde \xe9,2010,1\n', 'latin1'));
			await writeFile(path.join(out, 'indicator_values.csv'), 'old');

			const { code, stderr, stdout } = await run(['--from', from, '--out', out]);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toContain(`nothing was written to ${out}`);
			expect(stderr).toContain(`${path.join(from, 'red_list_index_owid.csv')}:2: column red_list_index: "n/a" is not a number. Fix:`);
			expect(stderr).toContain(`${path.join(from, 'lpi_global_wwf2016.csv')}:3: file is not UTF-8 (byte 0xE9 at position 7 of the line)`);
			expect(await readdir(out)).toEqual(['indicator_values.csv']);
			expect(await readFile(path.join(out, 'indicator_values.csv'), 'utf8')).toBe('old');
			expect(await readdir(dir)).toEqual(['in', 'out']);
		});
	});

	it('says so when the folder is missing or holds no known source', async () => {
		await withTempDir(async (dir) => {
			const missing = await importFolder(path.join(dir, 'nope'));
			expect(missing).toMatchObject({ ok: false, problems: [{ message: 'folder not found' }] });
			const empty = await importFolder(dir);
			expect(empty).toMatchObject({ ok: false, problems: [{ message: 'none of the known source files is in the folder' }] });
		});
	});
});
