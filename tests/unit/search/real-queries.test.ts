/**
 * The header search on the names people type: the whole reference list of countries and the framework (as the
 * build's index holds them), with the aliases added at build time, answers a list of real queries with the
 * page they mean first.
 */
import { describe, expect, it } from 'vitest';
import { prepareIndex, search, type SearchEntry } from '../../../src/lib/queries/search';
import { withAliases } from '../../../src/lib/server/search-aliases';
import { COUNTRIES } from '../../../src/pipeline/reference/countries';
import { FRAMEWORK } from '../../../src/pipeline/reference/framework';

const entries: SearchEntry[] = [
	...FRAMEWORK.map(({ element_id, level, code, title }) => ({ kind: 'element' as const, id: element_id, level, code, title })),
	...COUNTRIES.map(({ iso3, name, region }) => ({ kind: 'country' as const, id: iso3, name, region }))
];
const index = prepareIndex(withAliases(entries));
const first = (query: string) => search(index, query)[0]?.id;
const found = (query: string) => search(index, query, 50).map((entry) => entry.id);

describe('search by the names people use', () => {
	it.each([
		['UK', 'GBR'],
		['United Kingdom', 'GBR'],
		['Great Britain', 'GBR'],
		['GB', 'GBR'],
		['Côte d’Ivoire', 'CIV'],
		["Cote d'Ivoire", 'CIV'],
		['Ivory Coast', 'CIV'],
		['Viet Nam', 'VNM'],
		['Vietnam', 'VNM'],
		['USA', 'USA'],
		['US', 'USA'],
		['United States of America', 'USA'],
		['Turkey', 'TUR'],
		['Türkiye', 'TUR'],
		['Czech Republic', 'CZE'],
		['Swaziland', 'SWZ'],
		['Burma', 'MMR'],
		['Cabo Verde', 'CPV'],
		['Cape Verde', 'CPV'],
		['Russian Federation', 'RUS'],
		['Republic of Korea', 'KOR'],
		['United Republic of Tanzania', 'TZA'],
		['Holland', 'NLD'],
		['KE', 'KEN'],
		['KEN', 'KEN'],
		['Ukraine', 'UKR']
	])('“%s” finds %s first', (query, iso3) => {
		expect(first(query)).toBe(iso3);
	});

	it('finds every target whose wording or indicators speak of protected areas, accents and case folded', () => {
		expect(found('Protected areas')).toEqual(expect.arrayContaining(['t1.1', 't1.2', 't2.2']));
		expect(found('PROTÉGÉ')).toEqual([]);
		expect(found('invasive alien')).toEqual(expect.arrayContaining(['g6', 't6.1', 't6.2']));
		expect(found('genetic diversity')).toEqual(expect.arrayContaining(['g3', 't3.1']));
	});
});
