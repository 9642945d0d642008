/** Command-line arguments of `npm run data -- --input DIR --out DIR`. */
import { parseArgs } from 'node:util';

export const DEFAULT_INPUT = 'data/sample';
export const DEFAULT_OUT = 'static/data';

export const USAGE = `Usage: npm run data -- [--input DIR] [--out DIR]
  --input DIR  folder with the input CSVs (default ${DEFAULT_INPUT})
  --out DIR    folder for the Parquet files and manifest.json (default ${DEFAULT_OUT}); replaced only on success`;

export type CliArgs = { ok: true; input: string; out: string; help: boolean } | { ok: false; error: string };

export function parseCliArgs(argv: string[]): CliArgs {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				input: { type: 'string', default: DEFAULT_INPUT },
				out: { type: 'string', default: DEFAULT_OUT },
				help: { type: 'boolean', short: 'h', default: false }
			},
			strict: true,
			allowPositionals: false
		});
		return { ok: true, input: values.input, out: values.out, help: values.help };
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
}
