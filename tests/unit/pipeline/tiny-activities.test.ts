/** The pipeline's activity tables on the tiny fixture: the hand computation of EXPECTED.md, "Agencies' activities". */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, readParquet, removeDir, TINY } from './helpers';

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

describe('activity tables', () => {
	it('copies agencies and activities as read, free text with its commas, empty text as NULL', async () => {
		const agencies = await read('agencies');
		expect(agencies.map((row) => [row.agency_id, row.kind])).toEqual([
			['cbd-secretariat', 'secretariat'],
			['unep', 'un_agency'],
			['iucn', 'ngo'],
			['wwf', 'ngo']
		]);
		const activities = await read('activities');
		expect(activities).toHaveLength(9);
		expect(activities[0]).toEqual({
			activity_id: 'a1',
			agency_id: 'unep',
			title: 'Ecosystem assessment',
			start: '2006-01-01',
			end: '2010-12-31',
			status: 'ongoing',
			developments: 'Assessment covers 40 ecoregions, up from 12',
			obstacles: 'Funding gaps in marine areas'
		});
		expect(activities[2].obstacles).toBeNull();
		expect(await read('activity_countries')).toHaveLength(6);
	});

	it('expands goals and focal areas to every target under them, keeping the most specific element named', async () => {
		const coverage = await read('activity_coverage');
		expect(coverage.map((row) => `${row.activity_id} ${row.element_id} ${row.via_element_id}`)).toEqual([
			'a1 t1.1 t1.1',
			'a1 t1.2 g1',
			'a2 t1.2 t1.2',
			'a3 t1.1 fa1',
			'a3 t1.2 fa1',
			'a3 t2.1 fa1',
			'a4 t2.1 t2.1',
			'a5 t4.1 t4.1',
			'a6 t4.1 fa2',
			'a6 t4.2 fa2',
			'a7 t2.1 g2',
			'a8 t2.1 t2.1',
			'a9 t4.2 t4.2'
		]);
	});

	it('counts support per target: activities, ongoing activities, agencies with an ongoing activity', async () => {
		const support = await read('activity_support');
		expect(support.map((row) => [row.element_id, row.n_activities, row.n_ongoing, row.n_agencies])).toEqual([
			['t1.1', 2, 1, 1],
			['t1.2', 3, 1, 1],
			['t2.1', 4, 3, 3],
			['t4.1', 2, 1, 1],
			['t4.2', 2, 1, 1]
		]);
	});
});
