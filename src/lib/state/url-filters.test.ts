import { describe, expect, it } from 'vitest';
import { knownFilters, quotedValue, readIso3List, readUrlFilters, readYear, unknownFilters } from './url-filters';

const known = {
	region: ['Africa', 'Europe'],
	convention: ['cbd', 'cms'],
	cycle: [
		{ convention_id: 'cbd', cycle_id: 'cbd_4' },
		{ convention_id: 'cms', cycle_id: 'cms_2011' }
	]
};
const read = (query: string) => readUrlFilters(new URLSearchParams(query));

describe('unknownFilters / knownFilters', () => {
	it('names the values that match nothing in the data, and drops them from the filters', () => {
		const url = read('region=Atlantis&convention=cbd&cycle=cbd_9&element=t1.1');
		expect(unknownFilters(url, known)).toEqual([
			{ key: 'region', value: 'Atlantis' },
			{ key: 'cycle', value: 'cbd_9' }
		]);
		expect(knownFilters(url, known)).toEqual({ ...url, region: null, cycle: null });
	});

	it('accepts values the data has, and a cycle only with its own convention where conventions are checked', () => {
		expect(unknownFilters(read('region=Africa&convention=cms&cycle=cms_2011'), known)).toEqual([]);
		expect(unknownFilters(read('convention=cms&cycle=cbd_4'), known)).toEqual([{ key: 'cycle', value: 'cbd_4' }]);
		// A convention's own page does not check conventions: any of its cycles will do.
		expect(unknownFilters(read('cycle=cbd_4'), { cycle: known.cycle })).toEqual([]);
	});

	it('checks only the keys the page offers, and is case-sensitive like the data', () => {
		expect(unknownFilters(read('convention=xyz&cycle=zzz'), { region: known.region })).toEqual([]);
		expect(unknownFilters(read('region=africa'), known)).toEqual([{ key: 'region', value: 'africa' }]);
	});

	it('treats hostile values as plain values', () => {
		const script = '<script>alert(1)</script>';
		const long = 'x'.repeat(20_000);
		expect(unknownFilters(read(`region=${encodeURIComponent(script)}&convention=${long}`), known)).toEqual([
			{ key: 'region', value: script },
			{ key: 'convention', value: long }
		]);
	});
});

describe('quotedValue', () => {
	it('cuts long values to 60 characters and replaces control and direction-override characters', () => {
		expect(quotedValue('Atlantis')).toBe('Atlantis');
		expect(quotedValue('x'.repeat(20_000))).toBe(`${'x'.repeat(59)}…`);
		expect(quotedValue('a\nFix: b\u202Ec')).toBe('a\ufffdFix: b\ufffdc');
	});
});

describe('readIso3List / readYear', () => {
	const params = new URLSearchParams('countries=BRA, kEn,,KENYA,12X&year=2010&bad=201O');
	it('reads ISO3 codes, trimmed and upper-cased, and drops anything else', () => {
		expect(readIso3List(params, 'countries')).toEqual(['BRA', 'KEN']);
		expect(readIso3List(null, 'countries')).toEqual([]);
	});
	it('reads a four-digit year, else null', () => {
		expect(readYear(params, 'year')).toBe(2010);
		expect(readYear(params, 'bad')).toBeNull();
		expect(readYear(null, 'year')).toBeNull();
	});
});
