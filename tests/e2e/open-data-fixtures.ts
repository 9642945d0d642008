/**
 * Inputs for the "Open your data" tests, made from the default sample in a temporary folder: the sample as it is,
 * with one convention and one outcome indicator added (a sixth convention; the sample has no indicators), with one answer off its scale, zipped, and the pipeline's own Parquet output
 * for the sample (the reference the browser's scoring must equal).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { root } from './site-build';

export const SAMPLE_DIR = path.join(root, 'data/sample');

/** The sixth convention's rows, and what the pages must show for it (hand-computed: Y scores 1, N scores 0). */
export const SIXTH = {
	id: 'bern',
	name: 'Convention on the Conservation of European Wildlife and Natural Habitats',
	short: 'Bern',
	rows: {
		'conventions.csv': ['bern,Convention on the Conservation of European Wildlife and Natural Habitats,Bern'],
		'cycles.csv': ['bern,bern-1,First report,2008,2008-12-31'],
		'questions.csv': [
			'bern,bern-1,B1,yes_no,Are the habitats listed under the Convention protected?',
			'bern,bern-1,B2,yes_no,Is there a national plan for listed species?'
		],
		'crosswalk.csv': ['bern,B1,t1.1', 'bern,B2,t1.2'],
		'parties.csv': ['bern,FRA,1990-01-01', 'bern,DEU,1990-01-01'],
		'reports.csv': ['bern,bern-1,FRA,2008-10-01', 'bern,bern-1,DEU,'],
		'responses.csv': ['bern,bern-1,FRA,B1,Y', 'bern,bern-1,FRA,B2,N']
	},
	/** An outcome indicator the published build never had, with its values (new files in the folder). */
	indicator: {
		id: 'bern_habitats',
		name: 'Habitats protected under the Bern Convention',
		files: {
			'indicators.csv': ['indicator_id,name,unit,element_id,source', 'bern_habitats,Habitats protected under the Bern Convention,%,t1.1,Test values'],
			'indicator_values.csv': [
				'indicator_id,iso3,year,value',
				'bern_habitats,WLD,2000,40',
				'bern_habitats,WLD,2010,55',
				'bern_habitats,FRA,2000,60',
				'bern_habitats,FRA,2010,75',
				'bern_habitats,DEU,2010,70'
			]
		}
	}
} as const;

export interface OpenFixtures {
	dir: string;
	/** Every file of the sample input folder. */
	sampleFiles: string[];
	sampleZip: string;
	/** The sample with the sixth convention: a folder, opened with the folder picker. */
	sixthDir: string;
	/** The sample with responses.csv's first answer off its scale. */
	badFiles: string[];
	/** The pipeline's Parquet files and manifest.json for the sample (no real sources). */
	pipelineFiles: string[];
	/** The published build's data files, as the Download page serves them. */
	builtDataFiles: string[];
	cleanup(): void;
}

/** The files of a folder (not its subfolders: the pipeline's per-country responses/ are not among the files one opens). */
const filesOf = (dir: string) =>
	readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(dir, entry.name))
		.sort();

export function makeOpenFixtures(): OpenFixtures {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'open-data-'));
	const sixthDir = path.join(dir, 'sixth');
	cpSync(SAMPLE_DIR, sixthDir, { recursive: true });
	for (const [file, lines] of Object.entries(SIXTH.rows)) appendFileSync(path.join(sixthDir, file), lines.map((line) => `${line}\n`).join(''));
	for (const [file, lines] of Object.entries(SIXTH.indicator.files)) writeFileSync(path.join(sixthDir, file), lines.map((line) => `${line}\n`).join(''));

	const badDir = path.join(dir, 'bad');
	cpSync(SAMPLE_DIR, badDir, { recursive: true });
	const responses = readFileSync(path.join(badDir, 'responses.csv'), 'utf8').split('\n');
	responses[1] = responses[1].replace(/,[^,]*$/, ',NOT-ON-SCALE');
	writeFileSync(path.join(badDir, 'responses.csv'), responses.join('\n'));

	const sampleZip = path.join(dir, 'sample.zip');
	const entries = Object.fromEntries(readdirSync(SAMPLE_DIR).map((name) => [`sample/${name}`, new Uint8Array(readFileSync(path.join(SAMPLE_DIR, name)))]));
	writeFileSync(sampleZip, zipSync(entries));

	const outDir = path.join(dir, 'pipeline-out');
	execFileSync('npx', ['tsx', 'src/pipeline/cli.ts', '--input', SAMPLE_DIR, '--real', '', '--out', outDir], { cwd: root, stdio: 'ignore' });

	return {
		dir,
		sampleFiles: filesOf(SAMPLE_DIR),
		sampleZip,
		sixthDir,
		badFiles: filesOf(badDir),
		pipelineFiles: filesOf(outDir),
		builtDataFiles: filesOf(path.join(root, process.env.BUILD_DIR ?? 'build', 'data')).filter((file) => /\.(parquet|json)$/.test(file)),
		cleanup: () => rmSync(dir, { recursive: true, force: true })
	};
}
