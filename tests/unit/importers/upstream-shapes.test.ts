/**
 * Files that data:fetch saves under an importer's name arrive in their upstream shape (headers as published):
 * each importer must read that shape as well as the trimmed copy in ../shared/data/real.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/pipeline/importers/sources';
import { upstreamFiles } from '../../../src/pipeline/importers/upstream';
import { csv } from './helpers';

const WHC_HEADER =
	'unique_number,id_no,rev_bis,name_en,name_fr,short_description_en,short_description_fr,justification_en,justification_fr,date_inscribed,secondary_dates,danger,date_end,danger_list,longitude,latitude,area_hectares,C1,C2,C3,C4,C5,C6,N7,N8,N9,N10,criteria_txt,category,category_short,states_name_en,states_name_fr,region_en,region_fr,iso_code,udnp_code,transboundary';
const whcRow = (fields: Record<string, string>) =>
	WHC_HEADER.split(',')
		.map((column) => fields[column] ?? '')
		.join(',');

const UPSTREAM_SAMPLES: Record<string, { text: string; expected: [string, number, number] }> = {
	'red_list_index_owid.csv': { text: csv('Entity,Code,Year,15.5.1 - Red List Index - ER_RSK_LST', 'Kenya,KEN,2010,0.83'), expected: ['KEN', 2010, 0.83] },
	'forest_share_of_land_owid.csv': {
		text: csv('Entity,Code,Year,Share of land covered by forest,1039812-annotations', 'Kenya,KEN,2010,6.5,'),
		expected: ['KEN', 2010, 6.5]
	},
	'lpi_global_wwf2016.csv': {
		text: csv(
			'Entity,Year,Global Living Planet Index (WWF (2016)),Lower CI (WWF (2016)),Upper CI (WWF (2016))',
			'World,2010,0.456983839,0.379662709,0.54822446'
		),
		expected: ['WLD', 2010, 0.456983839]
	},
	'world_heritage_sites_2019.csv': {
		text: csv(WHC_HEADER, whcRow({ unique_number: '1', id_no: '9', name_en: 'Mount Kenya', date_inscribed: '1997', category: 'Natural', iso_code: 'ke' })),
		expected: ['KEN', 1997, 1]
	}
};

describe('upstream shapes', () => {
	const importable = upstreamFiles().filter((file) => file.reshape === null);

	it('has an upstream sample for every file fetched in an importer shape', () => {
		expect(importable.map((file) => file.saveAs).sort()).toEqual(Object.keys(UPSTREAM_SAMPLES).sort());
	});

	it.each(Object.entries(UPSTREAM_SAMPLES))('%s reads as published upstream', (file, { text, expected }) => {
		const spec = SOURCES.find((source) => source.file === file);
		if (spec?.output !== 'indicator_values') throw new Error(`${file} is not an indicator source`);
		const result = spec.importer(text, { file });
		expect(result.problems).toEqual([]);
		expect(result.rows.map((row) => [row.iso3, row.year, row.value])).toContainEqual(expected);
	});
});
