/**
 * `npm run data:fetch -- [--out DIR] [--base-url URL] [--timeout-ms N]`: download the real sources into the
 * git-ignored cache. Exit 2 when offline, 1 when a download fails otherwise; the cache is then untouched.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE, fetchSources } from './fetch';
import { RAW_GITHUB } from './upstream';

const USAGE = `Usage: npm run data:fetch -- [--out DIR] [--base-url URL] [--timeout-ms N]
  --out DIR         cache folder (default ${DEFAULT_CACHE}); files are replaced only when every download succeeded
  --base-url URL    where the raw GitHub files are served (default ${RAW_GITHUB})
  --timeout-ms N    per download (default 30000)`;

async function main(argv: string[]): Promise<number> {
	let values: { out: string; 'base-url': string; 'timeout-ms': string; help: boolean };
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				out: { type: 'string', default: DEFAULT_CACHE },
				'base-url': { type: 'string', default: RAW_GITHUB },
				'timeout-ms': { type: 'string', default: '30000' },
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
	const timeoutMs = Number(values['timeout-ms']);
	if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
		console.error(`--timeout-ms must be a positive whole number of milliseconds\n${USAGE}`);
		return 2;
	}
	const outcome = await fetchSources({ out: values.out, baseUrl: values['base-url'], timeoutMs });
	if (!outcome.ok) {
		console.error(outcome.message);
		return outcome.exitCode;
	}
	for (const file of outcome.files) {
		console.log(`${file.file}  ${file.bytes} bytes  sha256 ${file.sha256}`);
		if (file.reshape) console.log(`  reshape before importing: ${file.reshape}`);
	}
	console.log(`Saved in ${values.out} (see fetched.json). Next: npm run data:import -- --from ${values.out}`);
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		console.error(`Fetch failed; the cache was not touched.\n${error instanceof Error ? error.stack : error}`);
		process.exitCode = 1;
	}
);
