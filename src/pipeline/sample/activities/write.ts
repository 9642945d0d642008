/** Writes the sample's four activity files in the contract's column order. */
import { join } from 'node:path';
import { OPTIONAL_INPUT_FILES } from '../../../lib/schema';
import type { Country } from '../../reference/countries';
import { writeCsv, type CsvValue } from '../csv';
import { SAMPLE_AGENCIES } from './agencies';
import { generateActivities } from './generate';

type ActivityFile = 'agencies' | 'activities' | 'activity_targets' | 'activity_countries';

export async function writeActivityFiles(outDir: string, countries: readonly Country[], seed: number): Promise<{ file: string; rows: number }[]> {
	const activities = generateActivities(countries, seed);
	const tables: [ActivityFile, CsvValue[][]][] = [
		['agencies', SAMPLE_AGENCIES.map((agency) => [agency.agency_id, agency.name, agency.kind])],
		['activities', activities.map((a) => [a.activity_id, a.agency_id, a.title, a.start, a.end, a.status, a.developments, a.obstacles])],
		['activity_targets', activities.flatMap((a) => a.elements.map((element) => [a.activity_id, element]))],
		['activity_countries', activities.flatMap((a) => a.countries.map((iso3) => [a.activity_id, iso3]))]
	];
	const files = [];
	for (const [table, rows] of tables) {
		const { file, columns } = OPTIONAL_INPUT_FILES[table];
		files.push({ file, rows: await writeCsv(join(outDir, file), columns, rows) });
	}
	return files;
}
