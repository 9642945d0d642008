/** World Heritage list → natural and mixed sites per state and year: cumulative, transboundary sites once per state. */
import { describe, expect, it } from 'vitest';
import { worldHeritageImporter } from '../../../src/pipeline/importers/world-heritage';
import type { IndicatorValue } from '../../../src/pipeline/importers/types';
import { csv, printed } from './helpers';

const importSites = worldHeritageImporter('world_heritage_natural_sites');
const FILE = 'real/whc.csv';
const HEADER = 'id_no,name_en,category,iso_code,date_inscribed';
const series = (rows: IndicatorValue[], iso3: string) => rows.filter((r) => r.iso3 === iso3).map((r) => [r.year, r.value]);

describe('World Heritage importer', () => {
	it('counts natural and mixed sites cumulatively by inscription year, a transboundary site once for each state', () => {
		const result = importSites(
			csv(
				HEADER,
				'1,Victoria Falls,Natural,"ZM,ZW",1989',
				'2,Mana Pools,Natural,ZW,1984',
				'3,Great Zimbabwe,Cultural,ZW,1986',
				'4,Kafue Mixed,Mixed,zm,1990',
				'5,Late cultural site,Cultural,FR,1991'
			),
			{ file: FILE }
		);
		expect(result.problems).toEqual([]);
		expect(series(result.rows, 'ZWE')).toEqual([
			[1984, 1],
			[1985, 1],
			[1986, 1],
			[1987, 1],
			[1988, 1],
			[1989, 2],
			[1990, 2],
			[1991, 2]
		]);
		expect(series(result.rows, 'ZMB')).toEqual([
			[1989, 1],
			[1990, 2],
			[1991, 2]
		]);
		expect(series(result.rows, 'WLD')).toEqual([
			[1984, 1],
			[1985, 1],
			[1986, 1],
			[1987, 1],
			[1988, 1],
			[1989, 2],
			[1990, 3],
			[1991, 3]
		]);
		expect(series(result.rows, 'FRA')).toEqual([]);
		expect(result.aggregates).toEqual([{ code: 'WLD', name: 'World', kind: 'world' }]);
	});

	it.each([
		[
			'an ISO2 code that is not a reference country',
			'1,Atlantis Reef,Natural,"ZW,XX",1989',
			`${FILE}:2: column iso_code: "XX" is not the ISO2 code of a reference country. Fix: write the ISO 3166-1 alpha-2 codes`
		],
		['a natural site without a state', '1,Nowhere,Natural,,1989', `${FILE}:2: column iso_code: no state for a natural or mixed site`],
		['an inscription year that is not an integer', '1,Mana Pools,Natural,ZW,c. 1984', `${FILE}:2: column date_inscribed: "c. 1984" is not a year`],
		[
			'an unknown category',
			'1,Mana Pools,Natural site,ZW,1984',
			`${FILE}:2: column category: "Natural site" is not a category. Fix: use Cultural, Natural, Mixed`
		]
	])('reports %s with file, line, column and fix', (_, badRow, expected) => {
		const result = importSites(csv(HEADER, badRow), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(expected)]);
		expect(result.rows).toEqual([]);
	});

	it('reports a site listed twice', () => {
		const result = importSites(csv(HEADER, '2,Mana Pools,Natural,ZW,1984', '2,Mana Pools,Natural,ZW,1984'), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(`${FILE}:3: column id_no: site "2" is listed twice (first on line 2)`)]);
	});
});
