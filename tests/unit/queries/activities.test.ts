/**
 * The activities lens's SQL on the tiny fixture, on duckdb-wasm's Node build (the browser's engine) and on
 * native DuckDB (the build's): "support vs status" equals the hand computation of EXPECTED.md on both, and
 * without filters the support counts equal the pipeline's activity_support.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { supportSummary } from '../../../src/lib/activities/summary';
import { loadActivities } from '../../../src/lib/queries/activities';
import { NO_ACTIVITY_FILTERS, type ActivityFilters } from '../../../src/lib/queries/activity-types';
import { loadSearchIndex, prepareIndex, search } from '../../../src/lib/queries/search';
import { openNativeDataFolder } from '../../../src/lib/server/native-engine';
import { readParquet } from '../pipeline/helpers';
import { openTiny } from './tiny-db';

let tiny: Awaited<ReturnType<typeof openTiny>>;
const hosts: Record<string, () => Promise<Db>> = {
	'duckdb-wasm': async () => tiny.db,
	'native DuckDB': () => openNativeDataFolder(tiny.out)
};
beforeAll(async () => {
	tiny = await openTiny('queries-activities-');
}, 120_000);
afterAll(() => tiny.close());

const filters = (changes: Partial<ActivityFilters>): ActivityFilters => ({ ...NO_ACTIVITY_FILTERS, ...changes });

describe.each(Object.keys(hosts))('activities lens on %s', (host) => {
	let db: Db;
	beforeAll(async () => {
		db = await hosts[host]();
	}, 60_000);

	it('puts support beside status and marks opportunities and targets for a closer look', async () => {
		const { support } = await loadActivities(db, NO_ACTIVITY_FILTERS);
		const shown = support.map((row) => [row.element_id, row.n_activities, row.n_ongoing, row.n_agencies, row.status, row.mark]);
		expect(shown).toEqual([
			['t1.1', 2, 1, 1, 'in_progress', null],
			['t1.2', 3, 1, 1, 'early', 'opportunity'],
			['t2.1', 4, 3, 3, 'in_progress', 'closer_look'],
			['t4.1', 2, 1, 1, 'in_progress', null],
			['t4.2', 2, 1, 1, 'no_data', null]
		]);
		const byTarget = Object.fromEntries(support.map((row) => [row.element_id, row]));
		expect(byTarget['t1.1'].score).toBeCloseTo(0.625, 12);
		expect(byTarget['t1.1'].change).toBeCloseTo(0.125, 12);
		expect(byTarget['t1.2'].score).toBeCloseTo(5 / 12, 12);
		expect(byTarget['t1.2'].change).toBeCloseTo(1 / 3, 12);
		expect(byTarget['t2.1'].change).toBe(0);
		expect(byTarget['t4.1']).toMatchObject({ n_conventions: 1, change: null });
		expect(byTarget['t4.2']).toMatchObject({ score: null, n_conventions: 0 });
	});

	it('counts the same support as the pipeline without filters', async () => {
		const { support } = await loadActivities(db, NO_ACTIVITY_FILTERS);
		const pipeline = await readParquet(path.join(tiny.out, 'activity_support.parquet'));
		expect(support.map(({ element_id, n_activities, n_ongoing, n_agencies }) => ({ element_id, n_activities, n_ongoing, n_agencies }))).toEqual(pipeline);
	});

	it('narrows to a region: activities working there, status of its countries', async () => {
		const data = await loadActivities(db, filters({ region: 'Africa' }));
		expect(data.regions).toEqual(['Africa', 'Americas', 'Europe', 'Oceania']);
		expect(data.activities.map((a) => a.activity_id).sort()).toEqual(['a1', 'a2', 'a8']);
		expect(data.support.map((row) => [row.element_id, row.score, row.n_ongoing, row.mark])).toEqual([
			['t1.1', 0, 1, 'opportunity'],
			['t1.2', 0, 1, 'opportunity'],
			['t2.1', 0, 1, 'opportunity'],
			['t4.1', null, 0, null],
			['t4.2', null, 0, null]
		]);
	});

	it('says in plain words which targets lag with thin support, counting an activity once between targets', async () => {
		expect(supportSummary(await loadActivities(db, NO_ACTIVITY_FILTERS))).toEqual([
			'Target 1.2 lags (early stages) and has one ongoing activity.',
			'Target 2.1 has 3 ongoing activities, but its status has not moved since the previous cycle: worth a closer look.'
		]);
		expect(supportSummary(await loadActivities(db, filters({ region: 'Africa' })))).toEqual([
			'In Africa: Targets 1.1, 1.2, and 2.1 lag (not started) and have 2 ongoing activities between them.'
		]);
	});

	it('lets the header search find agencies and activities', async () => {
		const index = prepareIndex(await loadSearchIndex(db));
		expect(search(index, 'monitoring network')).toEqual([
			{ kind: 'activity', id: 'a8', name: 'Species monitoring network', agency_id: 'unep', agency: 'United Nations Environment Programme' }
		]);
		expect(search(index, 'wwf')[0]).toEqual({ kind: 'activity', id: 'wwf', name: 'WWF', agency_id: 'wwf', agency: null });
	});

	it('lists activities with their agency, named elements, targets and countries; filters by agency, status and period', async () => {
		const all = await loadActivities(db, NO_ACTIVITY_FILTERS);
		expect(all.years).toEqual([2004, 2013]);
		expect(all.agencies.map((a) => a.agency_id)).toEqual(['iucn', 'cbd-secretariat', 'unep', 'wwf']);
		const a1 = all.activities.find((a) => a.activity_id === 'a1')!;
		expect(a1).toMatchObject({
			agency_name: 'United Nations Environment Programme',
			elements: ['g1', 't1.1'],
			targets: ['t1.1', 't1.2'],
			countries: ['BRA', 'KEN']
		});
		const ids = async (changes: Partial<ActivityFilters>) => (await loadActivities(db, filters(changes))).activities.map((a) => a.activity_id).sort();
		expect(await ids({ agency: 'unep' })).toEqual(['a1', 'a5', 'a8']);
		expect(await ids({ status: 'completed' })).toEqual(['a2', 'a3']);
		expect(await ids({ from: 2011, to: 2011 })).toEqual(['a4', 'a7', 'a8', 'a9']);
		expect(await ids({ to: 2004 })).toEqual(['a6']);
		const completed = await loadActivities(db, filters({ status: 'completed' }));
		expect(completed.support.find((row) => row.element_id === 't1.2')).toMatchObject({ n_activities: 2, n_ongoing: 1 });
	});
});
