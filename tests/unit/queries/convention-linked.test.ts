/**
 * The convention page's linked views over the tiny fixture (tests/fixtures/tiny/EXPECTED.md): a chosen
 * target's statuses recolour the countries, a chosen class and a region chosen on the map filter the parties, and
 * the URL keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { loadConvention, type ConventionData } from '../../../src/lib/queries/convention';
import { selectionSentence } from '../../../src/routes/[[lang=lang]]/conventions/[id]/convention-summary';
import {
	countriesFor,
	NO_SELECTION,
	partiesIn,
	readSelection,
	regionChoice,
	selectionSearch
} from '../../../src/routes/[[lang=lang]]/conventions/[id]/linked-view';
import { openTiny } from './tiny-db';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
	({ db, close } = await openTiny('queries-linked-'));
});
afterAll(() => close());

describe('CBD 4NR with target 1.2 chosen', () => {
	let data: ConventionData;
	beforeAll(async () => {
		data = await loadConvention(db, { convention: 'cbd', cycle: null, region: null, target: 't1.2' });
	});

	it('loads each reporting country’s status on the target', () => {
		// t1.2 in cbd-4nr: BRA 1 advanced, FRA 0 and KEN 0 not started, NZL no scored answer.
		expect(data.target?.countries.map((c) => `${c.iso3} ${c.status}`)).toEqual(['BRA advanced', 'FRA not_started', 'KEN not_started', 'NZL no_data']);
	});

	it('colours the countries by the target and filters the parties by class', () => {
		const countries = countriesFor(data);
		expect(Object.fromEntries(countries.map((c) => [c.iso3, c.category]))).toEqual({
			BRA: 'advanced',
			FRA: 'not_started',
			KEN: 'not_started',
			NZL: 'no_data'
		});
		const statuses = new Map(countries.map((c) => [c.iso3, c]));
		const ids = (selection: Partial<typeof NO_SELECTION>) => partiesIn(data.parties, statuses, { ...NO_SELECTION, ...selection }).map((p) => p.iso3);
		expect(ids({ category: 'not_started' })).toEqual(['FRA', 'KEN']);
		expect(ids({})).toHaveLength(4);
		expect(selectionSentence(data, countries, null, NO_SELECTION)).toBeNull();
		expect(selectionSentence(data, countries, '1.2', NO_SELECTION)).toBe(
			'On target 1.2 (Fourth national report), 3 of 4 parties have a status: 1 advanced, 2 not started.'
		);
		expect(selectionSentence(data, countries, '1.2', { ...NO_SELECTION, category: 'not_started' })).toBe(
			'On target 1.2 (Fourth national report), 2 of 4 parties are “not started”: the table shows them.'
		);
	});

	it('filters the parties to the region of a country chosen on the map; choosing it again shows all', () => {
		const countries = countriesFor(data);
		const statuses = new Map(countries.map((c) => [c.iso3, c]));
		const ids = (selection: Partial<typeof NO_SELECTION>) => partiesIn(data.parties, statuses, { ...NO_SELECTION, ...selection }).map((p) => p.iso3);
		expect(regionChoice(countries, 'FRA', null)).toBe('Europe');
		expect(regionChoice(countries, 'FRA', 'Europe')).toBeNull();
		expect(regionChoice(countries, 'XXX', null)).toBeUndefined();
		expect(ids({ region: 'Europe' })).toEqual(['FRA']);
		expect(ids({ region: 'Europe', category: 'advanced' })).toEqual([]);
		expect(ids({ region: 'Americas', category: 'advanced' })).toEqual(['BRA']);
		expect(selectionSentence(data, countries, '1.2', { ...NO_SELECTION, region: 'Europe' })).toBe(
			'On target 1.2 (Fourth national report), among the parties in Europe, 1 of 1 parties have a status: 0 advanced, 1 not started.'
		);
		expect(selectionSentence(data, countries, null, { ...NO_SELECTION, region: 'Oceania' })).toMatch(
			/^Overall \(Fourth national report\), among the parties in Oceania, \d of 1 parties have a status/
		);
	});

	it('keeps overall statuses without a target, and ignores a target that is not one', async () => {
		const plain = await loadConvention(db, { convention: 'cbd', cycle: null, region: null, target: 'g1' });
		expect(plain.target).toBeNull();
		expect(countriesFor(plain)).toBe(plain.countries);
	});
});

describe('the selection in the URL', () => {
	const framework = [{ element_id: 't1.2', level: 'target' as const, parent_id: 'g1', code: '1.2', title: '', sort: 4 }];
	it('reads known values only and writes them beside the other keys', () => {
		const regions = ['Africa', 'Europe'];
		const read = (search: string) => readSelection(new URLSearchParams(search), framework, regions);
		expect(read('target=t1.2&class=early&parties_region=Africa')).toEqual({ target: 't1.2', category: 'early', region: 'Africa' });
		expect(read('target=t9&class=bad&parties_region=Atlantis')).toEqual(NO_SELECTION);
		// The page-wide region already filters the table: the map's choice is dropped while it is set (unless unknown).
		expect(read('region=Europe&parties_region=Africa').region).toBeNull();
		expect(read('region=Atlantis&parties_region=Africa').region).toBe('Africa');
		expect(selectionSearch(new URLSearchParams('cycle=cbd-3nr'), { target: 't1.2', category: 'not_started', region: 'Africa' })).toBe(
			'?cycle=cbd-3nr&target=t1.2&class=not_started&parties_region=Africa'
		);
		expect(selectionSearch(new URLSearchParams('target=t1.2&class=early&parties_region=Africa'), { target: null, region: null })).toBe('?class=early');
	});
});
