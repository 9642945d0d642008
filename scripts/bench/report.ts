/** The benchmark's table: each figure with its goal, both builds (median [min–max]) and their ratio. */
import type { LoadResult } from './cold-load';
import { summarise, type Summary } from './stats';

interface Input {
	responses: number;
	runs: number;
	pipeline: Summary;
	sizes: { appKb: number; engineKb: number };
	on: LoadResult[];
	off: LoadResult[];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cell = (s: Summary, unit: string, digits = 0, key: 'median' | 'p95' = 'median') =>
	`${fmt(s[key], digits)} ${unit} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]`;

export function report({ responses, runs, pipeline, sizes, on, off }: Input): string {
	const pick = (rows: LoadResult[], f: (r: LoadResult) => number) => summarise(rows.map(f));
	const figures: [string, string, Summary, Summary, string, number, ('median' | 'p95')?][] = [
		['navigation → first chart visible', '≤ 0.5 s', pick(on, (r) => r.firstChart), pick(off, (r) => r.firstChart), 'ms', 0],
		['navigation → DuckDB ready, page interactive', '≤ 2.0 s', pick(on, (r) => r.engineReady), pick(off, (r) => r.engineReady), 'ms', 0],
		['filter change → all charts updated (p95)', 'p95 ≤ 100 ms', summarise(on.flatMap((r) => r.filterMs)), summarise(off.flatMap((r) => r.filterMs)), 'ms', 0, 'p95'],
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
		`| app JavaScript excluding duckdb-wasm (gzip) | ≤ 250 kB | ${fmt(sizes.appKb)} kB | (same bundle) | |`,
		`| duckdb-wasm JS + worker (gzip, loaded after first view) | | ${fmt(sizes.engineKb)} kB | | |`,
		`| pipeline, ${fmt(responses)} responses → Parquet | ≤ 15 s | ${cell(pipeline, 's', 1)} | | |`,
		'',
		'Medians with [min–max]; the filter row is the p95 over all changes. Times are from navigation start (performance.now()).'
	];
	return lines.join('\n') + '\n';
}
