/**
 * The lens pages' speed once their engine is up: region filter changes on every lens with a region filter
 * (the first change after the engine is ready, and all of them for the p95), and the first opening of the
 * evidence dialog on a country page. One warm page per lens (the cold load is measured by cold-load.ts).
 */
import { openBrowser } from '../../tests/e2e/browser';

export const FILTER_LENSES = [
	{ name: 'overview', path: '/' },
	{ name: 'convention (CMS)', path: '/conventions/cms/' },
	{ name: 'target (t6.1)', path: '/targets/t6.1/' },
	{ name: 'goal (g4)', path: '/targets/g4/' },
	{ name: 'focal area (fa3)', path: '/targets/fa3/' }
];

export interface LensResult {
	name: string;
	/** ms of each region change, in order (NaN: the view did not update within 30 s). */
	filterMs: number[];
}

/**
 * Page-side: sets the region select (the select with an "Africa" option) and resolves with the ms until the
 * view (`[data-view]`) shows another view and is ready again, one frame included.
 */
const changeRegion = (region: string) => `
(async (region) => {
	const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'Africa'));
	const wrapper = document.querySelector('[data-view]');
	if (!select || !wrapper) return -1;
	const before = wrapper.dataset.view;
	const started = performance.now();
	select.value = region;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	const updated = await new Promise((resolve) => {
		const done = () => wrapper.dataset.view !== before && wrapper.dataset.ready === 'true';
		if (done()) return resolve(true);
		const timer = setTimeout(() => (observer.disconnect(), resolve(false)), 30000);
		const observer = new MutationObserver(() => {
			if (done()) (observer.disconnect(), clearTimeout(timer), resolve(true));
		});
		observer.observe(wrapper, { attributes: true });
	});
	await new Promise((resolve) => requestAnimationFrame(resolve));
	return updated ? performance.now() - started : NaN;
})(${JSON.stringify(region)})`;

export async function lensFilters(baseUrl: string, changes: number): Promise<LensResult[]> {
	const results: LensResult[] = [];
	for (const lens of FILTER_LENSES) {
		const session = await openBrowser(baseUrl);
		try {
			await session.page.goto(`${baseUrl}${lens.path}`);
			await session.page.locator('[data-engine="ready"]').first().waitFor({ timeout: 120_000 });
			const regions = (await session.page.evaluate(
				`[...document.querySelectorAll('select')].flatMap((s) => [...s.options].some((o) => o.value === 'Africa') ? [...s.options].map((o) => o.value).filter(Boolean) : [])`
			)) as string[];
			const filterMs: number[] = [];
			for (let i = 0; i < changes && regions.length; i++) {
				const ms = (await session.page.evaluate(changeRegion(i % 2 ? '' : regions[(i / 2) % regions.length]))) as number;
				if (ms < 0) break;
				filterMs.push(ms);
			}
			results.push({ name: lens.name, filterMs });
		} finally {
			await session.close();
		}
	}
	return results;
}

/** ms from the click on a matrix cell of /countries/KEN/ until the evidence is shown (Playwright's round trips included). */
export async function evidenceFirstOpen(baseUrl: string): Promise<number> {
	const session = await openBrowser(baseUrl);
	try {
		const { page } = session;
		await page.goto(`${baseUrl}/countries/KEN/`);
		await page.locator('[data-ready="true"]').first().waitFor({ timeout: 120_000 });
		const cell = page.getByRole('button', { name: /^CBD, target 1\.1:/ });
		await cell.waitFor({ timeout: 30_000 });
		const started = performance.now();
		await cell.click();
		await page.getByRole('dialog').locator('[data-testid="evidence"]').waitFor({ timeout: 120_000 });
		return performance.now() - started;
	} finally {
		await session.close();
	}
}
