/**
 * `npm run bench:open -- [--responses N] [--runs 3] [--chromium [--build build]]`: times opening your data for the
 * default sample (data/sample) and, with --responses, for a sample of that size made by the sample generator.
 * Without --chromium: the core on the browser host (scripts/bench/open-core.ts: duckdb-wasm's Node build). With
 * --chromium: just the Chromium row (scripts/bench/open-chromium.ts: choose files → overview drawn through /open/)
 * against a build that is already there (`npm run build:site` writes `build/`), without the full `npm run bench`.
 * Prints the benchmark's rows.
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../serve';
import { openChromiumRow, openChromiumTimes } from './open-chromium';
import { openCoreRow, openCoreTimes } from './open-core';

const { values } = parseArgs({
	options: {
		responses: { type: 'string' },
		runs: { type: 'string', default: '3' },
		chromium: { type: 'boolean', default: false },
		build: { type: 'string', default: 'build' }
	}
});
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '../..');

/** The inputs to open, each with the goal for Chromium: the default sample, and the generated one of --responses. */
const inputs: { dir: string; what: string; goal: string }[] = [{ dir: path.join(root, 'data/sample'), what: 'default sample', goal: '≤ 1.5 s' }];
if (values.responses) {
	const dir = path.join(root, '.cache/bench-open', values.responses, 'input');
	rmSync(path.dirname(dir), { recursive: true, force: true });
	execSync(`npx tsx src/pipeline/sample/cli.ts --out ${dir} --responses ${values.responses}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	inputs.push({ dir, what: `${Number(values.responses).toLocaleString('en')}-response sample`, goal: '≤ 10 s' });
}

const rows: string[] = [];
if (values.chromium) {
	const build = path.resolve(root, values.build);
	if (!existsSync(path.join(build, 'open/index.html'))) throw new Error(`${build} has no /open/ page: build the site first (npm run build:site)`);
	const served = await serveBuild(build);
	try {
		await served.warmed;
		for (const { dir, what, goal } of inputs) {
			process.stdout.write(`open your data in Chromium: ${what} `);
			rows.push(openChromiumRow(await openChromiumTimes(served.url, dir, runs), what, goal));
			console.log();
		}
	} finally {
		await served.close();
	}
} else {
	for (const { dir, what, goal } of inputs) rows.push(openCoreRow(await openCoreTimes(dir, runs), what, `${goal} (Chromium, to overview drawn)`));
}
console.log(['| figure | goal | measured | | |', '|---|---|---|---|---|', ...rows].join('\n'));
