/** World Bank long CSV: is_aggregate decides, aggregates keep the WB code with a kind, countries must be reference countries. */
import { describe, expect, it } from 'vitest';
import { worldBankImporter } from '../../../src/pipeline/importers/world-bank';
import { csv, printed } from './helpers';

const importWdi = worldBankImporter({ 'ER.PTD.TOTL.ZS': 'protected_areas_pct_territory' });
const FILE = 'real/wdi.csv';
const HEADER = 'iso3,country_name,year,indicator_code,value,wb_region,wb_income_group,is_aggregate';
const row = (iso3: string, name: string, value: string, isAggregate: string, year = '2016', code = 'ER.PTD.TOTL.ZS') =>
	`${iso3},${name},${year},${code},${value},,,${isAggregate}`;

describe('World Bank long importer', () => {
	it('keeps aggregates with their World Bank code and a kind, and countries by ISO3', () => {
		const result = importWdi(
			csv(
				HEADER,
				row('BRA', 'Brazil', '29.1', 'False'),
				row('XKX', 'Kosovo', '5.2', 'False'),
				row('WLD', 'World', '13.3457', 'True'),
				row('HIC', 'High income', '20.1', 'True'),
				row('SSF', 'Sub-Saharan Africa', '17.2', 'True'),
				row('EUU', 'European Union', '26.0', 'True')
			),
			{ file: FILE }
		);
		expect(result.problems).toEqual([]);
		expect(result.rows.map((r) => r.iso3)).toEqual(['BRA', 'UNK', 'WLD', 'HIC', 'SSF', 'EUU']);
		expect(result.rows[2]).toEqual({ indicator_id: 'protected_areas_pct_territory', iso3: 'WLD', year: 2016, value: 13.3457 });
		expect(result.aggregates).toEqual([
			{ code: 'WLD', name: 'World', kind: 'world' },
			{ code: 'HIC', name: 'High income', kind: 'income_group' },
			{ code: 'SSF', name: 'Sub-Saharan Africa', kind: 'region' },
			{ code: 'EUU', name: 'European Union', kind: 'other' }
		]);
	});

	it.each([
		['a non-numeric value', row('BRA', 'Brazil', '..', 'False'), `${FILE}:2: column value: ".." is not a number. Fix: write a plain number`],
		['a year that is not an integer', row('BRA', 'Brazil', '1', 'False', 'FY16'), `${FILE}:2: column year: "FY16" is not a year`],
		[
			'an unknown country code',
			row('CHI', 'Channel Islands', '1', 'False'),
			`${FILE}:2: column iso3: "CHI" ("Channel Islands") is not the ISO3 code of a reference country. Fix: correct the code, or write True in is_aggregate`
		],
		[
			'a country marked as an aggregate',
			row('BRA', 'Brazil', '1', 'True'),
			`${FILE}:2: column is_aggregate: "BRA" is a country but is marked as an aggregate. Fix: write False`
		],
		['an is_aggregate that is not True or False', row('BRA', 'Brazil', '1', 'maybe'), `${FILE}:2: column is_aggregate: "maybe" is neither "True" nor "False"`],
		[
			'another indicator',
			row('BRA', 'Brazil', '1', 'False', '2016', 'AG.LND.FRST.ZS'),
			`${FILE}:2: column indicator_code: "AG.LND.FRST.ZS" is not an indicator this importer knows (ER.PTD.TOTL.ZS)`
		]
	])('reports %s with file, line, column and fix', (_, badRow, expected) => {
		const result = importWdi(csv(HEADER, badRow), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(expected)]);
		expect(result.rows).toEqual([]);
	});

	it('reads a file without country names and reports a missing is_aggregate column', () => {
		const noNames = importWdi(csv('iso3,year,indicator_code,value,is_aggregate', 'BRA,2016,ER.PTD.TOTL.ZS,29.1,False'), { file: FILE });
		expect(noNames.rows).toHaveLength(1);
		const noFlag = importWdi(csv('iso3,year,indicator_code,value', 'BRA,2016,ER.PTD.TOTL.ZS,29.1'), { file: FILE });
		expect(printed(noFlag.problems)).toEqual([expect.stringContaining(`${FILE}:1: column is_aggregate: missing from the header`)]);
	});
});
