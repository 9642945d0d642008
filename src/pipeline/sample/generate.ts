/**
 * Generates the deterministic sample: the ten input files of the data contract, the agencies' activities and `sample.json`, whose presence
 * tells the pipeline the data are illustrative. Same seed and size, byte-identical files.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INPUT_FILES, SAMPLE_NOTICE, type InputTable } from '../../lib/schema';
import { CONVENTIONS } from '../reference/conventions';
import { COUNTRIES } from '../reference/countries';
import { FRAMEWORK } from '../reference/framework';
import { writeActivityFiles } from './activities/write';
import { writeCsv, type CsvValue } from './csv';
import { CYCLES } from './cycles';
import { buildFormat, crosswalkRows } from './formats';
import { generateParties, type Party } from './memberships';
import { generateReports } from './reports';
import { cycleResponses } from './responses';
import { SCALES } from './scales';
import { questionCounts } from './size';
import { countryTendencies } from './tendencies';

export const DEFAULT_SEED = 2010;

export interface SampleOptions {
	outDir: string;
	seed?: number;
	/** Approximate number of responses; undefined = the default size. */
	responses?: number;
	/**
	 * Real memberships to build the sample on instead of generated ones: reports are then expected exactly
	 * from these parties, by their join dates. Parties of countries outside the reference list are an error.
	 */
	parties?: readonly Party[];
}

export interface SampleSummary {
	outDir: string;
	seed: number;
	responses: number;
	/** The CSV files written and their data rows. */
	files: { file: string; rows: number }[];
	/** The file that marks the folder as sample data. */
	marker: string;
}

type ColumnsOf<Table extends InputTable> = (typeof INPUT_FILES)[Table]['columns'][number];

/** Rows as the contract orders the table's columns; the type checks that every column is there. */
function* inColumnOrder<Table extends InputTable>(table: Table, objects: Iterable<Readonly<Record<ColumnsOf<Table>, CsvValue>>>): Generator<CsvValue[]> {
	const columns: readonly ColumnsOf<Table>[] = INPUT_FILES[table].columns;
	for (const object of objects) yield columns.map((column) => object[column]);
}

/** Who is party, which reports are owed and submitted, and how many questions each format asks. */
function plan(seed: number, responses: number | undefined, givenParties: readonly Party[] | undefined) {
	const tendencies = countryTendencies(COUNTRIES, seed);
	const parties = givenParties ? checkedParties(givenParties) : generateParties(COUNTRIES, seed);
	const reports = generateReports(CYCLES, parties, COUNTRIES, tendencies, seed);
	const submitted = new Map(CYCLES.map(({ cycle_id }) => [cycle_id, reports.filter((r) => r.cycle_id === cycle_id && r.submitted).length]));
	return { tendencies, parties, reports, submitted, counts: questionCounts(submitted, responses) };
}

function checkedParties(parties: readonly Party[]): readonly Party[] {
	const known = new Set(COUNTRIES.map((country) => country.iso3));
	const unknown = parties.find((party) => !known.has(party.iso3));
	if (unknown) throw new Error(`party ${unknown.iso3} of ${unknown.convention_id} is not a reference country`);
	return parties;
}

/** Responses of the default-size sample for a seed, without writing it: tells a default sample from a resized one. */
export function defaultSizeResponses(seed = DEFAULT_SEED): number {
	const { submitted, counts } = plan(seed, undefined, undefined);
	return [...submitted].reduce((sum, [cycleId, reports]) => sum + reports * counts.get(cycleId)!, 0);
}

export async function generateSample({ outDir, seed = DEFAULT_SEED, responses, parties: givenParties }: SampleOptions): Promise<SampleSummary> {
	const { tendencies, parties, reports, counts } = plan(seed, responses, givenParties);
	const formats = CYCLES.map((cycle) => buildFormat(cycle, counts.get(cycle.cycle_id)!, seed));
	const scaleRows = SCALES.flatMap(({ scale_id, answers }) => answers.map((answer) => ({ scale_id, ...answer })));
	const responseRows = function* () {
		for (const [index, cycle] of CYCLES.entries()) yield* cycleResponses(cycle, formats[index], reports, tendencies, seed);
	};

	const tables: [InputTable, Iterable<readonly CsvValue[]>][] = [
		['conventions', inColumnOrder('conventions', CONVENTIONS)],
		['framework', inColumnOrder('framework', FRAMEWORK)],
		['countries', inColumnOrder('countries', COUNTRIES)],
		['parties', inColumnOrder('parties', parties)],
		['cycles', inColumnOrder('cycles', CYCLES)],
		['reports', inColumnOrder('reports', reports)],
		['scales', inColumnOrder('scales', scaleRows)],
		['questions', inColumnOrder('questions', formats.flat())],
		['crosswalk', inColumnOrder('crosswalk', crosswalkRows(formats))],
		['responses', responseRows()]
	];

	await mkdir(outDir, { recursive: true });
	const files: SampleSummary['files'] = [];
	for (const [table, rows] of tables) {
		const { file, columns } = INPUT_FILES[table];
		files.push({ file, rows: await writeCsv(join(outDir, file), columns, rows) });
	}
	files.push(...(await writeActivityFiles(outDir, COUNTRIES, seed)));
	const responseCount = files.find((entry) => entry.file === INPUT_FILES.responses.file)!.rows;
	const marker = { sample: true, seed, responses: responseCount, generator: 'npm run data:sample', notice: SAMPLE_NOTICE };
	await writeFile(join(outDir, 'sample.json'), JSON.stringify(marker, null, '\t') + '\n');
	return { outDir, seed, responses: responseCount, files, marker: 'sample.json' };
}
