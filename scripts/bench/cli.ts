/**
 * `npm run bench -- [--responses 1000000] [--runs 5] [--filters 20]`: builds the sample at that size,
 * runs the pipeline, builds the site twice over it (with and without build-time rendering), serves both
 * and measures cold loads in Chromium, and opening your data through /open/ (the default sample and this one). Prints medians (p95 where asked) with min–max and the ratio of
 * the two builds. A benchmark, not a test: it never fails on a slow machine.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../serve';
import { coldLoad, type LoadResult } from './cold-load';
import { evidenceFirstOpen, lensFilters } from './lens-probes';
import { openChromiumRow, openChromiumTimes } from './open-chromium';
import { openCoreRow, openCoreTimes } from './open-core';
import { javascriptSizes } from './sizes';
import { report } from './report';
import { summarise } from './stats';

const { values } = parseArgs({
	options: {
		responses: { type: 'string', default: '1000000' },
		runs: { type: 'string', default: '5' },
		filters: { type: 'string', default: '20' }
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

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
console.log(`bench: ${responses.toLocaleString('en')} responses, ${runs} cold loads per build, ${filters} filter changes`);
sh(`npx tsx src/pipeline/sample/cli.ts --out ${work}/input --responses ${responses}`);
const staticDir = path.join(work, 'static');
cpSync(path.join(root, 'static'), staticDir, { recursive: true, filter: (src) => !src.includes('/static/data') });
const pipeline = Array.from({ length: Math.min(3, runs) }, () =>
	seconds(() => sh(`npx tsx src/pipeline/cli.ts --input ${work}/input --out ${staticDir}/data`))
);

console.log('open your data: the core on the browser host…');
const openCore = [
	openCoreRow(await openCoreTimes(path.join(root, 'data/sample'), 3), 'default sample', '≤ 1.5 s (Chromium, to overview drawn)'),
	openCoreRow(await openCoreTimes(path.join(work, 'input'), 3), `${responses.toLocaleString('en')}-response sample`, '≤ 10 s (Chromium, to overview drawn)')
];

// tsconfig.json extends .svelte-kit/tsconfig.json, which the builds below (in their own kit folders) need too.
sh('npx svelte-kit sync');
const builds = { on: path.join(work, 'build-on'), off: path.join(work, 'build-off') };
const buildSeconds = { vite: [] as number[], precompress: [] as number[] };
for (const [mode, dir] of Object.entries(builds)) {
	console.log(`building (build-time rendering ${mode})…`);
	const env = { STATIC_DIR: staticDir, BUILD_DIR: dir, KIT_OUT_DIR: path.join(work, `kit-${mode}`), BUILD_RENDER: mode };
	const vite = seconds(() => sh('npx vite build', env));
	const precompress = seconds(() => sh(`npx tsx scripts/precompress.ts ${dir}`));
	if (mode === 'on') {
		buildSeconds.vite.push(vite);
		buildSeconds.precompress.push(precompress);
	}
}

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
	pipeline: summarise(pipeline),
	sizes: javascriptSizes(builds.on),
	on: results.on,
	off: results.off,
	lenses,
	evidenceMs,
	build: { vite: summarise(buildSeconds.vite), precompress: summarise(buildSeconds.precompress) },
	openCore: [...openChromium, ...openCore]
});
console.log(table);
writeFileSync(path.join(root, '.cache/bench/last.md'), table);
