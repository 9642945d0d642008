/**
 * `npm run data:sample -- [--out DIR] [--seed N] [--responses N]`: writes the deterministic sample dataset.
 */

import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateSample, type SampleOptions } from './generate';

const USAGE = `Usage: npm run data:sample -- [--out DIR] [--seed N] [--responses N]

Writes the illustrative sample dataset (the ten input CSV files, the four agencies' activities files and sample.json) into DIR.

  --out DIR        output folder (default: data/sample)
  --seed N         non-negative integer seed (default: ${DEFAULT_SEED}); same seed and size give identical files
  --responses N    scale the dataset to about N responses (e.g. 1000000 for benchmarks) by scaling the number
                   of questions in every report format; countries, parties and reports stay the same, and every
                   format keeps at least one question. Default: the realistic size (20-60 questions per format,
                   roughly 80,000 responses).
  --help           show this help`;

class UsageError extends Error {}

function nonNegativeInteger(name: string, text: string | undefined, min: number): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
		throw new UsageError(`--${name} must be an integer of at least ${min}, got "${text}"`);
	}
	return Number(text);
}

function parseOptions(args: string[]): SampleOptions | 'help' {
	let values;
	try {
		({ values } = parseArgs({
			args,
			options: {
				out: { type: 'string' },
				seed: { type: 'string' },
				responses: { type: 'string' },
				help: { type: 'boolean' }
			}
		}));
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	if (values.help) return 'help';
	if (values.out === '') throw new UsageError('--out must name a folder');
	return {
		outDir: values.out ?? 'data/sample',
		seed: nonNegativeInteger('seed', values.seed, 0),
		responses: nonNegativeInteger('responses', values.responses, 1)
	};
}

async function main(args: string[]): Promise<number> {
	let options: SampleOptions | 'help';
	try {
		options = parseOptions(args);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`${error.message}\n\n${USAGE}`);
		return 1;
	}
	if (options === 'help') {
		console.log(USAGE);
		return 0;
	}
	const started = performance.now();
	let summary;
	try {
		summary = await generateSample(options);
	} catch (error) {
		console.error(`Could not write the sample into ${options.outDir}: ${(error as Error).message}`);
		return 1;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Sample data (seed ${summary.seed}) written to ${summary.outDir} in ${seconds} s:`);
	for (const { file, rows } of summary.files) console.log(`  ${file.padEnd(18)} ${rows.toLocaleString('en-US').padStart(10)} rows`);
	console.log(`  ${summary.marker.padEnd(18)} marks the folder as illustrative sample data`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
