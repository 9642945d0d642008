/**
 * One cold load of a page in a fresh Chromium profile: time to the first chart, to DuckDB ready, bytes
 * transferred (before the first chart and in all until ready), memory of the browser's processes, and
 * optionally the latency of region filter changes.
 */
import { execSync } from 'node:child_process';
import { openBrowser } from '../../tests/e2e/browser';
import { filterLatency, PAGE_PROBE } from './page-probe';

export interface LoadResult {
	firstChart: number;
	engineReady: number;
	bytesFirstChart: number;
	bytesReady: number;
	memoryMb: number;
	filterMs: number[];
}

export async function coldLoad(url: string, filterChanges: number): Promise<LoadResult> {
	const session = await openBrowser(url);
	const { page, context } = session;
	const finished: { at: number; bytes: number }[] = [];
	context.on('requestfinished', async (request) => {
		const at = Date.now();
		const sizes = await request.sizes().catch(() => null);
		if (sizes) finished.push({ at, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
	});
	try {
		await page.addInitScript(PAGE_PROBE);
		const navigated = Date.now();
		await page.goto(url, { waitUntil: 'commit' });
		// A function, not a string: a string predicate is evaluated with eval, which the site's CSP refuses.
		await page.waitForFunction(
			() => {
				const marks = (window as unknown as { __bench?: { engineReady: number; firstChart: number } }).__bench;
				return (marks?.engineReady ?? 0) > 0 && (marks?.firstChart ?? 0) > 0;
			},
			null,
			{ timeout: 120_000 }
		);
		const marks = (await page.evaluate('window.__bench')) as { firstChart: number; engineReady: number };
		await page.waitForTimeout(200);
		const sum = (until: number) => finished.filter((f) => f.at <= until).reduce((s, f) => s + f.bytes, 0);
		const result: LoadResult = {
			firstChart: marks.firstChart,
			engineReady: marks.engineReady,
			bytesFirstChart: sum(navigated + marks.firstChart),
			bytesReady: sum(Date.now()),
			memoryMb: browserMemoryMb(session.profile!),
			filterMs: []
		};
		const regions = (await page.evaluate("[...document.querySelectorAll('select option')].map((o) => o.value)")) as string[];
		for (let i = 0; i < filterChanges; i++) {
			const region = regions[(i % (regions.length - 1)) + 1];
			result.filterMs.push((await page.evaluate(filterLatency(i % 2 ? '' : region))) as number);
		}
		return result;
	} finally {
		await session.close();
	}
}

/** Resident memory of the browser of this profile and all its child processes (renderer, GPU, utility). */
function browserMemoryMb(profile: string): number {
	const rows = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8' })
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter((cols) => cols.length >= 4)
		.map(([pid, ppid, rss, ...args]) => ({ pid, ppid, rss: Number(rss), args: args.join(' ') }));
	const family = new Set(rows.filter((r) => r.args.includes(`--user-data-dir=${profile}`)).map((r) => r.pid));
	for (let grew = true; grew;) {
		grew = false;
		for (const row of rows)
			if (family.has(row.ppid) && !family.has(row.pid)) {
				family.add(row.pid);
				grew = true;
			}
	}
	return rows.filter((r) => family.has(r.pid)).reduce((s, r) => s + r.rss, 0) / 1024;
}
