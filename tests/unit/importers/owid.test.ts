/** OWID long CSV: countries by ISO3, every other entity kept as an aggregate with a kind, bad rows named by line and column. */
import { describe, expect, it } from 'vitest';
import { owidImporter } from '../../../src/pipeline/importers/owid';
import { csv, printed } from './helpers';

const importRli = owidImporter({ indicatorId: 'red_list_index', valueColumn: 'red_list_index', valueAliases: ['15.5.1 - Red List Index - ER_RSK_LST'] });
const FILE = 'real/red_list_index_owid.csv';
const HEADER = 'entity,code,year,red_list_index';

describe('OWID long importer', () => {
	it('keeps countries by ISO3 and every other entity as an aggregate with a code and a kind', () => {
		const result = importRli(
			csv(
				HEADER,
				'Brazil,BRA,2010,0.9',
				'World,OWID_WRL,2010,0.77',
				'Sub-Saharan Africa (UN SDG),,2010,0.8',
				'Africa (FAO),,2010,0.81',
				'High-income countries,,2010,0.85',
				'Least Developed Countries (LDCs),,2010,0.84',
				'USSR,OWID_USS,1990,0.9',
				'Saint Barthlemy,,2010,0.97'
			),
			{ file: FILE }
		);
		expect(result.problems).toEqual([]);
		expect(result.rows.map((row) => row.iso3)).toEqual([
			'BRA',
			'WLD',
			'AGG_SUB_SAHARAN_AFRICA_UN_SDG',
			'AGG_AFRICA_FAO',
			'AGG_HIGH_INCOME_COUNTRIES',
			'AGG_LEAST_DEVELOPED_COUNTRIES_LDCS',
			'OWID_USS',
			'BLM'
		]);
		expect(result.rows[1]).toEqual({ indicator_id: 'red_list_index', iso3: 'WLD', year: 2010, value: 0.77 });
		expect(result.aggregates).toEqual([
			{ code: 'WLD', name: 'World', kind: 'world' },
			{ code: 'AGG_SUB_SAHARAN_AFRICA_UN_SDG', name: 'Sub-Saharan Africa (UN SDG)', kind: 'region' },
			{ code: 'AGG_AFRICA_FAO', name: 'Africa (FAO)', kind: 'region' },
			{ code: 'AGG_HIGH_INCOME_COUNTRIES', name: 'High-income countries', kind: 'income_group' },
			{ code: 'AGG_LEAST_DEVELOPED_COUNTRIES_LDCS', name: 'Least Developed Countries (LDCs)', kind: 'other' },
			{ code: 'OWID_USS', name: 'USSR', kind: 'other' }
		]);
	});

	it("reads OWID's own export header and the code-less Living Planet Index shape", () => {
		const upstream = importRli(csv('Entity,Code,Year,15.5.1 - Red List Index - ER_RSK_LST', 'Kenya,KEN,2010,0.83'), { file: FILE });
		expect(upstream.rows).toEqual([{ indicator_id: 'red_list_index', iso3: 'KEN', year: 2010, value: 0.83 }]);

		const importLpi = owidImporter({ indicatorId: 'living_planet_index', valueColumn: 'lpi' });
		const lpi = importLpi(csv('entity,year,lpi,lpi_lower_ci,lpi_upper_ci', 'World,2010,0.456983839,0.37,0.54'), { file: 'lpi.csv' });
		expect(lpi.rows).toEqual([{ indicator_id: 'living_planet_index', iso3: 'WLD', year: 2010, value: 0.456983839 }]);
	});

	it('counts rows without a value instead of failing on them', () => {
		const result = importRli(csv(HEADER, 'Kenya,KEN,2010,', 'Kenya,KEN,2011,0.83'), { file: FILE });
		expect(result.problems).toEqual([]);
		expect(result.rows).toHaveLength(1);
		expect(result).toMatchObject({ records: 2, emptyValues: 1 });
	});

	it.each([
		['a value that is not a number', 'Kenya,KEN,2010,0.8x', `${FILE}:3: column red_list_index: "0.8x" is not a number. Fix: write a plain number`],
		[
			'a year that is not an integer',
			'Kenya,KEN,2010.5,0.8',
			`${FILE}:3: column year: "2010.5" is not a year (an integer such as 2010). Fix: write the year as four digits`
		],
		[
			'an ISO3 code that is not a reference country',
			'Atlantis,ATL,2010,0.8',
			`${FILE}:3: column code: "ATL" ("Atlantis") is not the ISO3 code of a reference country. Fix: correct the code, or leave it empty`
		],
		['a row with too few fields', 'Kenya,KEN,2010', `${FILE}:3: line has 3 fields but the header has 4. Fix: make the row match the header`],
		[
			'a second value for the same entity and year',
			'Kenya,KEN,2009,0.8',
			`${FILE}:3: column red_list_index: a second value for KEN in 2009 (the first is on line 2)`
		]
	])('reports %s with file, line, column and fix', (_, badRow, expected) => {
		const result = importRli(csv(HEADER, 'Kenya,KEN,2009,0.83', badRow), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(expected)]);
	});

	it('reports a missing column on line 1, naming the column and the names it accepts', () => {
		const result = importRli(csv('entity,code,red_list_index', 'Kenya,KEN,0.8'), { file: FILE });
		expect(printed(result.problems)).toEqual([
			`${FILE}:1: column year: missing from the header (columns found: entity, code, red_list_index). Fix: add a column named "year".`
		]);
		expect(result.rows).toEqual([]);
	});

	it('collects every problem of every row, with lines counted across quoted line breaks', () => {
		const result = importRli(csv(HEADER, '"Korea,', 'North",PRK,2010,abc', 'Kenya,KEN,20x0,0.8', 'Kenya,KEN,2011,'), { file: FILE });
		expect(printed(result.problems)).toEqual([
			expect.stringContaining(`${FILE}:2: column red_list_index: "abc" is not a number`),
			expect.stringContaining(`${FILE}:4: column year: "20x0" is not a year`)
		]);
	});

	it('reports an empty file and a quote that is never closed', () => {
		expect(printed(importRli('', { file: FILE }).problems)).toEqual([expect.stringContaining(`${FILE}:1: file is empty (no header row)`)]);
		expect(printed(importRli(csv(HEADER, 'Kenya,KEN,2010,0.8', '"Kenya,KEN,2011,0.8'), { file: FILE }).problems)).toEqual([
			expect.stringContaining(`${FILE}:3: a quoted field that opens on this line is never closed`)
		]);
	});
});
