/** Command-line arguments of `npm run data -- --input DIR --real DIR --out DIR`. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const DEFAULT_INPUT = 'data/sample';
export const DEFAULT_OUT = 'static/data';
/** The real sources the project ships (CC BY 4.0 indicators, see data/real/PROVENANCE.md), used when present. */
export const DEFAULT_REAL = 'data/real';
/** Set it to build with real data by default (`npm run build`, `npm start`); `--real ''` turns it off. */
export const REAL_ENV = 'REAL_DATA_DIR';

export const USAGE = `Usage: npm run data -- [--input DIR] [--real DIR] [--out DIR] [--add REPORT]...
  --input DIR  folder with the input CSVs (default ${DEFAULT_INPUT})
  --real DIR   folder of real sources (e.g. ../shared/data/real, or .cache/real from npm run data:fetch): their
               memberships replace the input's parties.csv (the sample is generated again on them) and their
               indicators are added (default: $${REAL_ENV} when set, else ${DEFAULT_REAL} when it exists)
  --out DIR    folder for the Parquet files and manifest.json (default ${DEFAULT_OUT}): new, empty or a previous
               output (anything else is refused); replaced as a whole, only on success
  --add REPORT a national report exported by the reporting studio (its .zip or unzipped folder), merged into a
               copy of the input in place of that report's rows (repeatable; see src/pipeline/add-reports.ts)`;

export type CliArgs = { ok: true; input: string; out: string; real: string | undefined; help: boolean; add: string[] } | { ok: false; error: string };

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env, exists: (dir: string) => boolean = existsSync): CliArgs {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				input: { type: 'string', default: DEFAULT_INPUT },
				real: { type: 'string' },
				out: { type: 'string', default: DEFAULT_OUT },
				help: { type: 'boolean', short: 'h', default: false },
				add: { type: 'string', multiple: true, default: [] }
			},
			strict: true,
			allowPositionals: false
		});
		const real = values.real ?? env[REAL_ENV] ?? (exists(DEFAULT_REAL) ? DEFAULT_REAL : undefined);
		return { ok: true, input: values.input, out: values.out, real: real || undefined, help: values.help, add: values.add };
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
}
