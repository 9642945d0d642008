/** IEADB memberships → parties.csv: lower-case convention, joined = entry into force, non-parties left out. */
import { describe, expect, it } from 'vitest';
import { ieadbPartiesImporter } from '../../../src/pipeline/importers/ieadb-parties';
import { csv, printed } from './helpers';

const FILE = 'real/parties.csv';
const HEADER = 'convention,ieadb_treaty_id,country,iso3,treaty_signature_date,country_signature_date,ratification_date,entry_into_force_date,is_party';

describe('IEADB membership importer', () => {
	it('writes one row per party with the entry-into-force date, leaving out potential members', () => {
		const result = ieadbPartiesImporter(
			csv(
				HEADER,
				'CBD,3128,Brazil,BRA,1992-06-05,1992-06-05,1994-02-28,1994-05-29,yes',
				'CBD,3128,United States,USA,1992-06-05,1993-06-04,,,no',
				'Ramsar,2793,"Congo, Republic of the",COG,1971-02-02,,1998-06-18,1998-10-18,yes'
			),
			{ file: FILE }
		);
		expect(result.problems).toEqual([]);
		expect(result.rows).toEqual([
			{ convention_id: 'cbd', iso3: 'BRA', joined: '1994-05-29' },
			{ convention_id: 'ramsar', iso3: 'COG', joined: '1998-10-18' }
		]);
	});

	it.each([
		[
			'an impossible date',
			'CBD,3128,Brazil,BRA,,,,1994-02-30,yes',
			`${FILE}:2: column entry_into_force_date: "1994-02-30" is not a valid date. Fix: write a real calendar date as YYYY-MM-DD`
		],
		['a party without a date', 'CBD,3128,Brazil,BRA,,,,,yes', `${FILE}:2: column entry_into_force_date: empty for a party. Fix: a party needs the date`],
		[
			'an unknown convention',
			'UNFCCC,1,Brazil,BRA,,,,1994-03-21,yes',
			`${FILE}:2: column convention: "UNFCCC" is not one of the conventions. Fix: use cbd, cites, cms, ramsar, whc (any case)`
		],
		['an unknown country', 'CBD,3128,Atlantis,ATL,,,,1994-05-29,yes', `${FILE}:2: column iso3: "ATL" is not the ISO3 code of a reference country`],
		['an is_party that is not yes or no', 'CBD,3128,Brazil,BRA,,,,1994-05-29,Y', `${FILE}:2: column is_party: "Y" is neither "yes" nor "no"`]
	])('reports %s with file, line, column and fix', (_, badRow, expected) => {
		const result = ieadbPartiesImporter(csv(HEADER, badRow), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(expected)]);
		expect(result.rows).toEqual([]);
	});

	it('reports a membership listed twice', () => {
		const row = 'CBD,3128,Brazil,BRA,,,,1994-05-29,yes';
		const result = ieadbPartiesImporter(csv(HEADER, row, row), { file: FILE });
		expect(printed(result.problems)).toEqual([expect.stringContaining(`${FILE}:3: column iso3: BRA is a party of cbd twice (first on line 2)`)]);
	});
});
