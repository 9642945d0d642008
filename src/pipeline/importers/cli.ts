/**
 * `npm run data:import -- --from DIR --out DIR`: import the real sources found in DIR into the input contract's
 * indicator and membership files. Exit 1 listing every problem (nothing written), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../../core/problems';
import { importFolder, type ImportedData } from './import-folder';
import { writeOutputs } from './write-outputs';

export const DEFAULT_FROM = '.cache/real';
export const DEFAULT_OUT = '.cache/imported';

const USAGE = `Usage: npm run data:import -- [--from DIR] [--out DIR]
  --from DIR  folder with the source CSVs (default ${DEFAULT_FROM}, filled by npm run data:fetch; offline: ../shared/data/real)
  --out DIR   folder for indicators.csv, indicator_values.csv, indicator_entities.csv, parties.csv and sources.json
              (default ${DEFAULT_OUT}); files are replaced only when every source imported cleanly`;

async function main(argv: string[]): Promise<number> {
	let values: { from: string; out: string; help: boolean };
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				from: { type: 'string', default: DEFAULT_FROM },
				out: { type: 'string', default: DEFAULT_OUT },
				help: { type: 'boolean', short: 'h', default: false }
			},
			strict: true
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const started = performance.now();
	const imported = await importFolder(values.from);
	if (!imported.ok) {
		console.error(`The sources in ${values.from} have problems; nothing was written to ${values.out}.\n`);
		console.error(listProblems(imported.problems).join('\n'));
		return 1;
	}
	const written = await writeOutputs(values.out, imported.data);
	console.log(summary(imported.data, values.from, written, (performance.now() - started) / 1000));
	return 0;
}

const SHOWN_PROBLEMS = 50;

function listProblems(problems: Problem[]): string[] {
	const lines = problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
	if (problems.length > SHOWN_PROBLEMS) lines.push(`... and ${problems.length - SHOWN_PROBLEMS} more`);
	return lines;
}

function summary(data: ImportedData, from: string, written: string[], seconds: number): string {
	const lines = [`Imported ${data.sources.length} source(s) from ${from} in ${seconds.toFixed(1)} s:`];
	for (const read of data.sources) {
		const empty = read.emptyValues > 0 ? `, ${read.emptyValues} without a value` : '';
		lines.push(`  ${read.spec.file}: ${read.records} rows → ${read.rows} ${read.spec.output} rows${empty}`);
	}
	lines.push(`  ${data.entities.length} aggregates (world, regions, income groups, other) kept in indicator_entities.csv`);
	for (const { file, reason } of data.skipped) lines.push(`  not imported: ${file} (${reason})`);
	lines.push(`Wrote ${written.join(', ')}`);
	return lines.join('\n');
}

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		console.error(`Import failed; nothing was written.\n${error instanceof Error ? error.stack : error}`);
		process.exitCode = 1;
	}
);
