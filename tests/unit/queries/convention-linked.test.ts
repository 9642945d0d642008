/**
 * The convention page's linked views over the tiny fixture (tests/fixtures/tiny/EXPECTED.md): a chosen
 * target's statuses recolour the countries, a chosen class filters the parties, and the URL keeps both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { loadConvention, type ConventionData } from '../../../src/lib/queries/convention';
import { selectionSentence } from '../../../src/routes/[[lang=lang]]/conventions/[id]/convention-summary';
import { countriesFor, partiesIn, readSelection, selectionSearch } from '../../../src/routes/[[lang=lang]]/conventions/[id]/linked-view';
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
		expect(partiesIn(data.parties, statuses, 'not_started').map((p) => p.iso3)).toEqual(['FRA', 'KEN']);
		expect(partiesIn(data.parties, statuses, null)).toHaveLength(4);
		expect(selectionSentence(data, countries, '1.2', null)).toBe(
			'On target 1.2 (Fourth national report), 3 of 4 parties have a status: 1 advanced, 2 not started.'
		);
		expect(selectionSentence(data, countries, '1.2', 'not_started')).toBe(
			'On target 1.2 (Fourth national report), 2 of 4 parties are “not started”: the table shows them.'
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
		expect(readSelection(new URLSearchParams('target=t1.2&class=early'), framework)).toEqual({ target: 't1.2', category: 'early' });
		expect(readSelection(new URLSearchParams('target=t9&class=bad'), framework)).toEqual({ target: null, category: null });
		expect(selectionSearch(new URLSearchParams('cycle=cbd-3nr'), { target: 't1.2', category: 'not_started' })).toBe(
			'?cycle=cbd-3nr&target=t1.2&class=not_started'
		);
		expect(selectionSearch(new URLSearchParams('target=t1.2&class=early'), { target: null })).toBe('?class=early');
	});
});
