/**
 * Open your data in real headless Chromium, through /open/: from choosing the files to the overview drawn from them.
 * Each run is a fresh Chromium profile (nothing opened before, a cold cache): /open/ is loaded and left to settle
 * as a user's page would while they find their files (its worker compiles duckdb-wasm meanwhile), the input folder's
 * files are chosen in the file picker, and once the page says the data is open the bench follows "See the overview"
 * and waits for the overview's first paint. The page's timeline gives the split (open-session.svelte.ts's marks
 * and the worker's own timings):
 *   read      the files' bytes read on the page, then collected in the worker (a zip unpacked)
 *   validate  the contract's checks, in the worker
 *   score     the tables loaded into the worker's duckdb-wasm and scored (waits for the engine if it is not up yet)
 *   load      the output tables taken out of the engine as Arrow (arrow), handed back and kept in IndexedDB (save),
 *             then the overview computed from them and drawn (overview: from the data saved, through the bench's
 *             click, which follows the page's "done" at once, to the overview's first paint). Their Parquet files
 *             are written after, in the worker, while the overview is drawn (open-session.svelte.ts).
 * The total is the wall time from the files chosen to the overview painted: the sum of the four steps.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openBrowser } from '../../tests/e2e/browser';
import { summarise, type Summary } from './stats';

/** How long /open/ is left to settle before the files are chosen (a user takes longer to find theirs). */
const SETTLE_MS = 3000;
const TIMEOUT_MS = 600_000;

type Part = 'total' | 'read' | 'validate' | 'score' | 'load' | 'arrow' | 'save' | 'overview';
const PARTS: Part[] = ['total', 'read', 'validate', 'score', 'load', 'arrow', 'save', 'overview'];

export interface OpenChromiumTimes {
	input: string;
	responses: number;
	runs: Record<Part, number>[];
	summary: Record<Part, Summary>;
}

/** Runs before the page's scripts: when "See the overview" is followed, and when the overview is first painted after it. */
const PROBE = `
(() => {
	const marks = (window.__openBench = { clicked: null, drawn: null });
	document.addEventListener('click', (event) => {
		if (marks.clicked === null && event.target.closest && event.target.closest('a')) marks.clicked = performance.now();
	}, true);
	const check = () => {
		if (marks.clicked === null || marks.drawn !== null) return;
		if (!document.querySelector('.overview[data-ready="true"] figure svg')) return;
		marks.drawn = -1;
		requestAnimationFrame(() => {
			marks.drawn = performance.now();
			document.documentElement.dataset.openBenchDrawn = 'true';
		});
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

/** The page's timeline after a run, read in the page. */
const TIMELINE = `(() => {
	const at = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? null;
	const worker = performance.getEntriesByName('open:worker', 'measure').at(-1);
	return {
		chosen: at('open:chosen'),
		files: at('open:files'),
		worker: at('open:worker'),
		saved: at('open:saved'),
		steps: worker ? worker.detail.timings : null,
		responses: worker ? worker.detail.responses : 0,
		drawn: window.__openBench.drawn
	};
})()`;

interface Timeline {
	chosen: number;
	files: number;
	worker: number;
	saved: number;
	steps: { read: number; validate: number; score: number; load: number };
	responses: number;
	drawn: number;
}

/** The input folder's files as a user would choose them: its CSV files (and the sample's sample.json). */
export function inputFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.csv') || name === 'sample.json')
		.sort()
		.map((name) => path.join(dir, name));
}

async function openOnce(baseUrl: string, files: string[]): Promise<{ parts: Record<Part, number>; responses: number }> {
	const session = await openBrowser(baseUrl);
	const { page } = session;
	try {
		await page.addInitScript(PROBE);
		await page.goto(`${baseUrl}/open/`);
		await page.locator('[data-open-status][data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(SETTLE_MS);
		await page.getByLabel('Choose files').setInputFiles(files);
		const outcome = page.locator('[data-open-status="done"], [data-open-status="problems"], [data-open-status="error"]');
		await outcome.waitFor({ timeout: TIMEOUT_MS });
		const status = await outcome.getAttribute('data-open-status');
		if (status !== 'done') throw new Error(`/open/ ended with "${status}": ${(await outcome.innerText()).slice(0, 500)}`);
		await page.getByRole('link', { name: 'See the overview' }).click();
		// A locator, not waitForFunction: the site's CSP refuses the string evaluation that one polls with.
		await page.locator('html[data-open-bench-drawn="true"]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
		const t = (await page.evaluate(TIMELINE)) as Timeline;
		const worker = t.worker - t.files;
		const inWorker = t.steps.read + t.steps.validate + t.steps.score + t.steps.load;
		// Handing the files to the worker and its tables back: the worker's wall time beyond its own steps.
		const handover = Math.max(0, worker - inWorker);
		const read = t.files - t.chosen + t.steps.read;
		const arrow = t.steps.load;
		const save = handover + (t.saved - t.worker);
		const overview = t.drawn - t.saved;
		const load = arrow + save + overview;
		const parts = { read, validate: t.steps.validate, score: t.steps.score, load, arrow, save, overview, total: t.drawn - t.chosen };
		return { parts, responses: t.responses };
	} finally {
		await session.close();
	}
}

/** `runs` cold openings of the input folder's files on the site at `baseUrl`. */
export async function openChromiumTimes(baseUrl: string, input: string, runs = 3): Promise<OpenChromiumTimes> {
	const files = inputFiles(input);
	const measured: Record<Part, number>[] = [];
	let responses = 0;
	for (let run = 0; run < runs; run++) {
		const once = await openOnce(baseUrl, files);
		measured.push(once.parts);
		responses = once.responses;
		process.stdout.write('.');
	}
	const summary = Object.fromEntries(PARTS.map((part) => [part, summarise(measured.map((run) => run[part]))])) as Record<Part, Summary>;
	return { input, responses, runs: measured, summary };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A benchmark table row: total median [min–max], then the median of each step (and of load's parts). */
export function openChromiumRow(times: OpenChromiumTimes, what: string, goal: string): string {
	const { summary: s } = times;
	const split = (['read', 'validate', 'score'] as const).map((step) => `${step} ${seconds(s[step].median)}`).join(' · ');
	const load = `load ${seconds(s.load.median)} (arrow ${seconds(s.arrow.median)} · save ${seconds(s.save.median)} · overview ${seconds(s.overview.median)})`;
	return `| open your data: choose files → overview drawn (headless Chromium, /open/), ${what} (${times.responses.toLocaleString('en')} response rows; median of ${s.total.n}) | ${goal} | ${seconds(s.total.median)} s [${seconds(s.total.min)}–${seconds(s.total.max)}]; ${split} · ${load} s | | |`;
}
