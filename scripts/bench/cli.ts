/**
 * `npm run bench -- [--responses 1000000] [--runs 5] [--filters 20]`: builds the sample at that size,
 * runs the pipeline, builds the site twice over it (with and without build-time rendering), serves both
 * and measures cold loads in Chromium, and opening your data through /open/ (the default sample and this one). Prints medians (p95 where asked) with min–max and the ratio of
 * the two builds. A benchmark, not a test: it never fails on a slow machine.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../serve';
import { coldLoad, type LoadResult } from './cold-load';
import { crossFilter, evidenceFirstOpen, lensFilters } from './lens-probes';
import { openChromiumRow, openChromiumTimes } from './open-chromium';
import { openCoreRow, openCoreTimes } from './open-core';
import { javascriptSizes } from './sizes';
import { report } from './report';
import { summarise } from './stats';

const { values } = parseArgs({
	options: {
		responses: { type: 'string', default: '1000000' },
		runs: { type: 'string', default: '5' },
		filters: { type: 'string', default: '20' },
		reuse: { type: 'boolean', default: false }
	}
});
const responses = Number(values.responses);
const runs = Number(values.runs);
const filters = Number(values.filters);
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.cache/bench', String(responses));
const sh = (command: string, env: Record<string, string> = {}) =>
	execSync(command, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const seconds = (f: () => void) => {
	const started = performance.now();
	f();
	return (performance.now() - started) / 1000;
};

const builds = { on: path.join(work, 'build-on'), off: path.join(work, 'build-off') };
const stepsFile = path.join(work, 'steps.json');
/** Seconds of the pipeline and the deploy build's steps, as measured when the builds were made. */
type Steps = { pipeline: number[]; vite: number[]; precompress: number[] };

/** Generates the sample, runs the pipeline and builds the site twice over it; returns the steps' times. */
function prepare(): Steps {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	sh(`npx tsx src/pipeline/sample/cli.ts --out ${work}/input --responses ${responses}`);
	const staticDir = path.join(work, 'static');
	cpSync(path.join(root, 'static'), staticDir, { recursive: true, filter: (src) => !src.includes('/static/data') });
	const steps: Steps = { pipeline: [], vite: [], precompress: [] };
	for (let run = 0; run < Math.min(3, runs); run++)
		steps.pipeline.push(seconds(() => sh(`npx tsx src/pipeline/cli.ts --input ${work}/input --out ${staticDir}/data`)));
	// tsconfig.json extends .svelte-kit/tsconfig.json, which the builds below (in their own kit folders) need too.
	sh('npx svelte-kit sync');
	for (const [mode, dir] of Object.entries(builds)) {
		console.log(`building (build-time rendering ${mode})…`);
		const env = { STATIC_DIR: staticDir, BUILD_DIR: dir, KIT_OUT_DIR: path.join(work, `kit-${mode}`), BUILD_RENDER: mode };
		const vite = seconds(() => sh('npx vite build', env));
		const precompress = seconds(() => sh(`npx tsx scripts/precompress.ts ${dir}`));
		if (mode === 'on') {
			steps.vite.push(vite);
			steps.precompress.push(precompress);
		}
	}
	writeFileSync(stepsFile, JSON.stringify(steps));
	return steps;
}

console.log(`bench: ${responses.toLocaleString('en')} responses, ${runs} cold loads per build, ${filters} filter changes`);
// --reuse measures again over the builds of an earlier run at this size (its step times, when it recorded them).
const reused = values.reuse && existsSync(builds.on) && existsSync(builds.off);
if (values.reuse && !reused) console.log('--reuse: no earlier builds at this size, building them');
const steps: Steps = reused ? (existsSync(stepsFile) ? JSON.parse(readFileSync(stepsFile, 'utf8')) : { pipeline: [], vite: [], precompress: [] }) : prepare();

console.log('open your data: the core on the browser host…');
const openCore = [
	openCoreRow(await openCoreTimes(path.join(root, 'data/sample'), 3), 'default sample', '≤ 1.5 s (Chromium, to overview drawn)'),
	openCoreRow(await openCoreTimes(path.join(work, 'input'), 3), `${responses.toLocaleString('en')}-response sample`, '≤ 10 s (Chromium, to overview drawn)')
];

const results: Record<string, LoadResult[]> = { on: [], off: [] };
for (let run = 0; run < runs; run++) {
	for (const mode of ['on', 'off'] as const) {
		const served = await serveBuild(builds[mode]);
		try {
			results[mode].push(await coldLoad(`${served.url}/`, run === runs - 1 ? filters : 0));
		} finally {
			await served.close();
		}
		process.stdout.write('.');
	}
}
console.log();

console.log('lens filters and evidence…');
const onBuild = await serveBuild(builds.on);
const lenses = await lensFilters(onBuild.url, filters);
const crossFilterMs = await crossFilter(onBuild.url, filters);
const evidenceMs: number[] = [];
for (let run = 0; run < Math.min(3, runs); run++) evidenceMs.push(await evidenceFirstOpen(onBuild.url));

// The goal row: in real Chromium through /open/, choose files → overview drawn, median of 3 with its split.
const openChromium: string[] = [];
for (const [input, what, goal] of [
	[path.join(root, 'data/sample'), 'default sample', '≤ 1.5 s'],
	[path.join(work, 'input'), `${responses.toLocaleString('en')}-response sample`, '≤ 10 s']
]) {
	process.stdout.write(`open your data in Chromium: ${what} `);
	openChromium.push(openChromiumRow(await openChromiumTimes(onBuild.url, input, 3), what, goal));
	console.log();
}
await onBuild.close();

const table = report({
	responses,
	runs,
	pipeline: summarise(steps.pipeline),
	sizes: javascriptSizes(builds.on, path.join(work, 'kit-on/output/client/.vite/manifest.json')),
	on: results.on,
	off: results.off,
	lenses,
	crossFilterMs,
	evidenceMs,
	build: { vite: summarise(steps.vite), precompress: summarise(steps.precompress) },
	openCore: [...openChromium, ...openCore]
});
console.log(table);
writeFileSync(path.join(root, '.cache/bench/last.md'), table);
