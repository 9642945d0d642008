/** The benchmark's table: each figure with its goal, both builds (median [min–max]) and their ratio. */
import type { LoadResult } from './cold-load';
import type { LensResult } from './lens-probes';
import type { JavascriptSizes } from './sizes';
import { summarise, type Summary } from './stats';

interface Input {
	responses: number;
	runs: number;
	pipeline: Summary;
	sizes: JavascriptSizes;
	on: LoadResult[];
	off: LoadResult[];
	lenses: LensResult[];
	/** ms of each target chosen on the convention page (lens-probes.ts crossFilter). */
	crossFilterMs?: number[];
	evidenceMs: number[];
	/** Seconds of the deploy build's steps for the bench's data: `vite build` and the brotli-11/gzip precompression. */
	build: { vite: Summary; precompress: Summary };
	/** Rows of open-chromium.ts (choose files → overview drawn in Chromium) and open-core.ts (the core on the browser host). */
	openCore?: string[];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** "; largest: <module> 137 kB, …" when the sizes name their largest chunks. */
const largestChunks = ({ largest }: JavascriptSizes) =>
	largest.length ? `; largest: ${largest.map(({ name, kb }) => `${name} ${fmt(kb)} kB`).join(', ')}` : '';
const cell = (s: Summary, unit: string, digits = 0, key: 'median' | 'p95' = 'median') =>
	s.n === 0 ? 'not timed (builds reused)' : `${fmt(s[key], digits)} ${unit} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]`;

/** The goal rows the bench cannot measure, with how to measure them. */
const NOT_MEASURED = [
	[
		'fresh clone: `npm ci && npm start` → dashboard served',
		'≤ 90 s',
		'not measured by the bench: `git clone <repo> /tmp/fresh && cd /tmp/fresh && time npm ci && npm start`'
	],
	['`npm test` on a fresh clone (CI)', '≤ 15 min', "not measured by the bench: `time .ci/run` on a fresh clone (npm test prints its steps' times)"]
];

/** The convention page's cross-filter row: choose a target → map and table updated, p95. */
export function crossFilterRow(ms: number[]): string {
	const measured = ms.filter(Number.isFinite);
	const name = 'convention page cross-filter (CBD): choose a target → map and table updated';
	if (!measured.length) return `| ${name} (p95) | ≤ 100 ms | not measured: no target change updated the view | | |`;
	const failed = ms.length - measured.length;
	return `| ${name} (p95 of ${measured.length}) | ≤ 100 ms | ${cell(summarise(measured), 'ms', 0, 'p95')}${failed ? ` (${failed} timed out)` : ''} | | |`;
}

export function lensRows(lenses: LensResult[], evidenceMs: number[]): string[] {
	const rows = lenses.map((lens) => {
		const measured = lens.filterMs.filter(Number.isFinite);
		if (!measured.length) return `| ${lens.filter} filter → view updated, ${lens.name} (p95) | ≤ 100 ms | not measured: no change updated the view | | |`;
		const s = summarise(measured);
		const failed = lens.filterMs.length - measured.length;
		return `| ${lens.filter} filter → view updated, ${lens.name} (p95 of ${measured.length}) | ≤ 100 ms | ${cell(s, 'ms', 0, 'p95')}${failed ? ` (${failed} timed out)` : ''} | | |`;
	});
	const firsts = lenses.map((lens) => lens.filterMs[0]).filter(Number.isFinite);
	const worst = lenses.reduce((a, b) => ((b.filterMs[0] ?? 0) > (a.filterMs[0] ?? 0) ? b : a), lenses[0]);
	rows.push(
		firsts.length
			? `| first filter change after the engine is ready, slowest lens (${worst.name}) | ≤ 250 ms | ${fmt(Math.max(...firsts))} ms | | |`
			: '| first filter change after the engine is ready, any lens | ≤ 250 ms | not measured | | |'
	);
	rows.push(
		evidenceMs.length
			? `| evidence dialog, first open on a country page (KEN; click once the page's engine is up) | ≤ 300 ms | ${cell(summarise(evidenceMs), 'ms')} | | |`
			: '| evidence dialog, first open on a country page | ≤ 300 ms | not measured | | |'
	);
	return rows;
}

export function report({ responses, runs, pipeline, sizes, on, off, lenses, crossFilterMs = [], evidenceMs, build, openCore = [] }: Input): string {
	const pick = (rows: LoadResult[], f: (r: LoadResult) => number) => summarise(rows.map(f));
	const figures: [string, string, Summary, Summary, string, number, ('median' | 'p95')?][] = [
		['navigation → first chart visible', '≤ 0.5 s', pick(on, (r) => r.firstChart), pick(off, (r) => r.firstChart), 'ms', 0],
		['navigation → DuckDB ready, page interactive (overview, cold)', '≤ 1.5 s', pick(on, (r) => r.engineReady), pick(off, (r) => r.engineReady), 'ms', 0],
		[
			'overview: filter change → all charts updated, cold pages (p95)',
			'p95 ≤ 100 ms',
			summarise(on.flatMap((r) => r.filterMs)),
			summarise(off.flatMap((r) => r.filterMs)),
			'ms',
			0,
			'p95'
		],
		['bytes until first chart', '', pick(on, (r) => r.bytesFirstChart / 1e6), pick(off, (r) => r.bytesFirstChart / 1e6), 'MB', 2],
		['bytes for the first view (until DuckDB ready)', '≤ 8 MB', pick(on, (r) => r.bytesReady / 1e6), pick(off, (r) => r.bytesReady / 1e6), 'MB', 2],
		['browser memory after loading (all processes, RSS)', 'report', pick(on, (r) => r.memoryMb), pick(off, (r) => r.memoryMb), 'MB', 0]
	];
	const lines = [
		`Sample: ${fmt(responses)} responses · ${runs} cold loads per build (fresh Chromium profile each) · headless Chromium, localhost`,
		'',
		'| figure | goal | build-time rendering | without (baseline) | ratio |',
		'|---|---|---|---|---|',
		...figures.map(([name, goal, a, b, unit, digits, key = 'median']) => {
			const ratio = b[key] ? a[key] / b[key] : NaN;
			return `| ${name} | ${goal} | ${cell(a, unit, digits, key)} | ${cell(b, unit, digits, key)} | ${fmt(ratio, 2)} |`;
		}),
		`| app JavaScript excluding duckdb-wasm (gzip, summed over all pages) | ≤ 250 kB | ${fmt(sizes.appKb)} kB${largestChunks(sizes)} | (same bundle) | |`,
		`| duckdb-wasm JS + worker (gzip, loaded after first view) | | ${fmt(sizes.engineKb)} kB | | |`,
		`| pipeline, ${fmt(responses)} responses → Parquet | ≤ 15 s | ${cell(pipeline, 's', 1)} | | |`,
		...openCore,
		...lensRows(lenses, evidenceMs),
		crossFilterRow(crossFilterMs),
		`| deploy build at this size: \`vite build\` (all pages, three languages) | report, halve | ${cell(build.vite, 's', 1)} | | |`,
		`| deploy build at this size: precompression (brotli 11 + gzip, cached per content) | report, halve | ${cell(build.precompress, 's', 1)} | | |`,
		...NOT_MEASURED.map(([name, goal, how]) => `| ${name} | ${goal} | ${how} | | |`),
		'',
		'Medians with [min–max]; filter rows are p95 over all changes. Times are from navigation start (performance.now()), or',
		'from the filter change or click. Lens filter and evidence rows are measured on the build with build-time rendering.'
	];
	return lines.join('\n') + '\n';
}
