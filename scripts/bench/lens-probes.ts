/**
 * The lens pages' speed once their engine is up: region filter changes on every lens with a region filter
 * (the first change after the engine is ready, and all of them for the p95), the convention page's
 * cross-filter (a target chosen), and the first opening of the evidence dialog on a country page. One warm
 * page per lens (the cold load is measured by cold-load.ts).
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
 * Page-side: sets the select that offers `option` to `value` and resolves with the ms until the view
 * (the element with `data-<attribute>`) shows another value of that attribute and is ready again, one frame
 * included. The region select (option "Africa", `data-view`) and the convention page's target chooser
 * (option "t1.1", `data-target`).
 */
const changeSelect = (option: string, attribute: string, value: string) => `
(async (option, attribute, value) => {
	const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === option));
	const wrapper = document.querySelector('[data-' + attribute + ']');
	if (!select || !wrapper) return -1;
	const before = wrapper.getAttribute('data-' + attribute);
	const started = performance.now();
	select.value = value;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	const updated = await new Promise((resolve) => {
		const done = () => wrapper.getAttribute('data-' + attribute) !== before && wrapper.dataset.ready === 'true';
		if (done()) return resolve(true);
		const timer = setTimeout(() => (observer.disconnect(), resolve(false)), 30000);
		const observer = new MutationObserver(() => {
			if (done()) (observer.disconnect(), clearTimeout(timer), resolve(true));
		});
		observer.observe(wrapper, { attributes: true });
	});
	await new Promise((resolve) => requestAnimationFrame(resolve));
	return updated ? performance.now() - started : NaN;
})(${JSON.stringify(option)}, ${JSON.stringify(attribute)}, ${JSON.stringify(value)})`;

/** Page-side: the values of the select that offers `option`, the empty one left out. */
const selectValues = (option: string) =>
	`[...document.querySelectorAll('select')].flatMap((s) => [...s.options].some((o) => o.value === ${JSON.stringify(option)}) ? [...s.options].map((o) => o.value).filter(Boolean) : [])`;

/**
 * On a warm page of `path`, `changes` changes of the select that offers `option`: every other one to the next
 * of its values, the others back to none (ms each; NaN: the view did not update within 30 s).
 */
async function selectChanges(baseUrl: string, path: string, option: string, attribute: string, changes: number): Promise<number[]> {
	const session = await openBrowser(baseUrl);
	try {
		await session.page.goto(`${baseUrl}${path}`);
		await session.page.locator('[data-engine="ready"]').first().waitFor({ timeout: 120_000 });
		const values = (await session.page.evaluate(selectValues(option))) as string[];
		const times: number[] = [];
		for (let i = 0; i < changes && values.length; i++) {
			const ms = (await session.page.evaluate(changeSelect(option, attribute, i % 2 ? '' : values[(i / 2) % values.length]))) as number;
			if (ms < 0) break;
			times.push(ms);
		}
		return times;
	} finally {
		await session.close();
	}
}

export async function lensFilters(baseUrl: string, changes: number): Promise<LensResult[]> {
	const results: LensResult[] = [];
	for (const lens of FILTER_LENSES) results.push({ name: lens.name, filterMs: await selectChanges(baseUrl, lens.path, 'Africa', 'view', changes) });
	return results;
}

/**
 * The convention page's cross-filter: ms from choosing a target under "Status by target" (its select; "All
 * targets" every other time) until the map is recoloured and the parties table has that target's status.
 */
export const crossFilter = (baseUrl: string, changes: number): Promise<number[]> => selectChanges(baseUrl, CROSS_FILTER_PATH, 't1.1', 'target', changes);
export const CROSS_FILTER_PATH = '/conventions/cbd/';

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
