/**
 * Open your data, timed: the core on the browser host (open-input.ts over duckdb-wasm's Node build, as the open
 * worker runs it) for an input folder given as a page would give it. As in the worker, the engine starts with
 * the run, while the files are read and validated; its start is timed apart too. Median of `runs`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeWasmCoreEngine } from '../../src/lib/open/node-wasm-engine';
import { openInput } from '../../src/lib/open/open-input';
import type { OpenedFile, OpenStep } from '../../src/lib/open/open-types';
import { summarise, type Summary } from './stats';

export interface OpenCoreTimes {
	input: string;
	responses: number;
	total: Summary;
	engineStart: Summary;
	steps: Record<OpenStep, Summary>;
}

export async function openCoreTimes(input: string, runs = 3): Promise<OpenCoreTimes> {
	const totals: number[] = [];
	const starts: number[] = [];
	const steps: Record<OpenStep, number[]> = { read: [], validate: [], score: [], load: [] };
	let responses = 0;
	for (let run = 0; run < runs; run++) {
		const files = await chosen(input);
		const started = performance.now();
		const engine = nodeWasmCoreEngine().then((ready) => (starts.push(performance.now() - started), ready));
		const result = await openInput(files, { engine: () => engine });
		totals.push(performance.now() - started);
		if (!result.ok)
			throw new Error(
				`${input} has problems:\n${result.problems
					.slice(0, 5)
					.map((problem) => problem.text)
					.join('\n')}`
			);
		responses = result.manifest.tables.responses.rows;
		for (const step of Object.keys(steps) as OpenStep[]) steps[step].push(result.timings[step]);
	}
	const bySteps = Object.fromEntries(Object.entries(steps).map(([step, values]) => [step, summarise(values)])) as Record<OpenStep, Summary>;
	return { input, responses, total: summarise(totals), engineStart: summarise(starts), steps: bySteps };
}

async function chosen(dir: string): Promise<OpenedFile[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.csv') || name === 'sample.json');
	return Promise.all(names.map(async (name) => ({ name: `${path.basename(dir)}/${name}`, bytes: new Uint8Array(await readFile(path.join(dir, name))) })));
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A benchmark table row: total median [min–max], and the median of each step. */
export function openCoreRow(times: OpenCoreTimes, what: string, goal: string): string {
	const { total, steps, engineStart } = times;
	const split = (['read', 'validate', 'score', 'load'] as const).map((step) => `${step} ${seconds(steps[step].median)}`).join(' · ');
	return `| open your data, core on the browser host (duckdb-wasm, Node): ${what} (${times.responses.toLocaleString('en')} response rows) | ${goal} | ${seconds(total.median)} s [${seconds(total.min)}–${seconds(total.max)}]; ${split} s; engine start ${seconds(engineStart.median)} s (in parallel) | | |`;
}
