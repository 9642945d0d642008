/** The one manifest reader: a manifest the pipeline writes passes; a wrong field is named with what to do. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestProblems, parseManifest } from '../../../src/lib/db/manifest-check';
import { readManifestFile, readManifestFileIfAny } from '../../../src/lib/db/manifest-file';

const good = {
	built_at: '2026-11-27T10:00:00.000Z',
	sample: true,
	notice: 'Illustrative data, not real national reports.',
	input: 'sample',
	sources: [{ name: 'sample', kind: 'sample' }],
	vintage: '2010-06-30',
	as_of: null,
	tables: { countries: { file: 'countries.parquet', rows: 3, bytes: 900, sha256: 'ab12', columns: ['iso3', 'name'] } }
};

describe('manifest check', () => {
	it('accepts a manifest as the pipeline writes it', () => {
		expect(manifestProblems(good)).toEqual([]);
		expect(parseManifest(good, 'manifest.json')).toBe(good);
	});

	it('names each wrong field, with the file and the fix', () => {
		const bad = { ...good, sample: 'yes', sources: [{ name: 'x', kind: 'made up' }], tables: { countries: { ...good.tables.countries, rows: '3' } } };
		expect(manifestProblems(bad)).toEqual([
			'sample: expected true or false, found "yes"',
			'sources[0]: expected { name, kind: "sample" | "real" }',
			'tables.countries.rows: expected a number, found "3"'
		]);
		expect(() => parseManifest(bad, 'static/data/manifest.json')).toThrow(/static\/data\/manifest\.json is not a valid manifest:[\s\S]*npm run data/);
		expect(manifestProblems([])).toEqual(['the file is not a JSON object']);
		const { built_at: _, ...missing } = good;
		expect(manifestProblems(missing)).toEqual(['built_at: expected a date-time string, found nothing']);
	});

	it('accepts tables written in parts (partitions), and names a wrong part', () => {
		const part = { file: 'responses/KEN.parquet', rows: 12, bytes: 900, sha256: 'ab12' };
		expect(manifestProblems({ ...good, partitions: { responses: { column: 'iso3', parts: { KEN: part } } } })).toEqual([]);
		expect(
			manifestProblems({ ...good, partitions: { responses: { column: 'iso3', parts: { KEN: { ...part, rows: null } } }, countries: { parts: {} } } })
		).toEqual(['partitions.responses.parts.KEN.rows: expected a number, found null', 'partitions.countries: expected { column, parts }']);
		expect(manifestProblems({ ...good, partitions: [] })).toEqual(['partitions: expected an object of partitioned tables']);
	});
});

describe('manifest file', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'manifest-'));
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('reads a data folder, says when there is none yet, and refuses one that is not JSON', async () => {
		expect(await readManifestFileIfAny(dir)).toBeNull();
		await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(good));
		expect(await readManifestFile(dir)).toEqual(good);
		await writeFile(path.join(dir, 'manifest.json'), '{ "built_at": ');
		await expect(readManifestFileIfAny(dir)).rejects.toThrow(/manifest\.json is not JSON .*npm run data/);
	});
});
