/** The sample built on given (real) memberships: reports are owed exactly by those parties, from their join dates. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSizeResponses, generateSample } from '../../../src/pipeline/sample/generate';
import type { Party } from '../../../src/pipeline/sample/memberships';
import { readTables, type Tables } from './generated';

const PARTIES: Party[] = [
	{ convention_id: 'cbd', iso3: 'BRA', joined: '1994-05-29' },
	{ convention_id: 'cbd', iso3: 'KEN', joined: '1994-10-25' },
	{ convention_id: 'cbd', iso3: 'SSD', joined: '2014-05-15' },
	{ convention_id: 'ramsar', iso3: 'KEN', joined: '2006-01-01' }
];

describe('generateSample with given memberships', () => {
	let dir: string;
	let tables: Tables;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'sample-given-'));
		await generateSample({ outDir: dir, responses: 500, parties: PARTIES });
		tables = await readTables(dir);
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('writes the given memberships as parties.csv', () => {
		expect(tables.parties).toEqual(PARTIES);
	});

	it('expects reports only from parties that had joined by the due date', () => {
		const owed = tables.reports.map((row) => `${row.cycle_id} ${row.iso3}`);
		expect(owed).toEqual(['cbd-3nr BRA', 'cbd-3nr KEN', 'cbd-4nr BRA', 'cbd-4nr KEN', 'ramsar-cop10 KEN', 'ramsar-cop11 KEN']);
	});

	it('refuses a party that is not a reference country', async () => {
		const bad = [{ convention_id: 'cbd', iso3: 'XXX', joined: '2000-01-01' }] as Party[];
		await expect(generateSample({ outDir: join(dir, 'bad'), parties: bad })).rejects.toThrow('party XXX of cbd is not a reference country');
	});
});

it('knows the response count of the default-size sample, as the committed one records it', async () => {
	const marker = JSON.parse(await readFile('data/sample/sample.json', 'utf8'));
	expect(defaultSizeResponses(marker.seed)).toBe(marker.responses);
});
