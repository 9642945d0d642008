/**
 * `npm run bench:open -- [--responses N] [--runs 3]`: times opening your data with the core on the browser host
 * (scripts/bench/open-core.ts) for the default sample (data/sample) and, with --responses, for a sample of that
 * size made by the sample generator. Prints the benchmark's rows.
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCoreRow, openCoreTimes } from './open-core';

const { values } = parseArgs({ options: { responses: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '../..');
const rows = [openCoreRow(await openCoreTimes(path.join(root, 'data/sample'), runs), 'default sample', '≤ 1.5 s (Chromium, to overview drawn)')];
if (values.responses) {
	const input = path.join(root, '.cache/bench-open', values.responses, 'input');
	rmSync(path.dirname(input), { recursive: true, force: true });
	execSync(`npx tsx src/pipeline/sample/cli.ts --out ${input} --responses ${values.responses}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	rows.push(
		openCoreRow(await openCoreTimes(input, runs), `${Number(values.responses).toLocaleString('en')}-response sample`, '≤ 10 s (Chromium, to overview drawn)')
	);
}
console.log(['| figure | goal | measured | | |', '|---|---|---|---|---|', ...rows].join('\n'));
