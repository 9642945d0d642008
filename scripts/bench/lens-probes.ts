/**
 * The lens pages' speed once their engine is up: filter changes on every lens with a filter (region; the compare
 * lens's compared entries; the indicator's year), the first change after the engine is ready and all of them for the p95, the convention page's
 * cross-filter (a target chosen), and the first opening of the evidence dialog on a country page. One warm
 * page per lens (the cold load is measured by cold-load.ts).
 */
import { openBrowser } from '../../tests/e2e/browser';

/**
 * A lens with a filter, and how the bench changes it: `select` (CSS) finds the filter's select; each change sets it
 * to its next value, every other change back to none. `form` adds the select's value through its form, and the
 * change after removes that entry again (the compare lens: what is compared is its filter).
 */
export interface FilterLens {
	name: string;
	path: string;
	filter: string;
	select: string;
	form?: boolean;
}

const REGION = 'select:has(option[value="Africa"])';

export const FILTER_LENSES: FilterLens[] = [
	{ name: 'overview', path: '/', filter: 'region', select: REGION },
	{ name: 'convention (CMS)', path: '/conventions/cms/', filter: 'region', select: REGION },
	{ name: 'target (t6.1)', path: '/targets/t6.1/', filter: 'region', select: REGION },
	{ name: 'goal (g4)', path: '/targets/g4/', filter: 'region', select: REGION },
	{ name: 'focal area (fa3)', path: '/targets/fa3/', filter: 'region', select: REGION },
	{
		name: 'compare (KEN, TZA)',
		path: '/compare/?compare=KEN,TZA',
		filter: 'compared region (added, removed)',
		select: 'form select[id$="-region"]',
		form: true
	},
	{ name: 'indicator (forest area)', path: '/indicators/forest_area_pct_land/', filter: 'year', select: 'select[id$="-year"]' }
];

export interface LensResult {
	name: string;
	filter: string;
	/** ms of each change, in order (NaN: the view did not update within 30 s). */
	filterMs: number[];
}

/**
 * Page-side: changes the select found by `selector` to `value` (through its form when `form`; an empty value then
 * removes the last entry added, with its Remove button) and resolves with the ms until the view (the element with
 * `data-<attribute>`) shows another value of that attribute and is ready again, one frame included. -1: no such
 * select or view.
 */
const changeSelect = (selector: string, attribute: string, value: string, form: boolean) => `
(async (selector, attribute, value, form) => {
	const select = document.querySelector(selector);
	const wrapper = document.querySelector('[data-' + attribute + ']');
	if (!select || !wrapper) return -1;
	const before = wrapper.getAttribute('data-' + attribute);
	const started = performance.now();
	if (form && value) {
		select.value = value;
		select.form.requestSubmit();
	} else if (form) {
		const removes = document.querySelectorAll('button.remove');
		removes[removes.length - 1].click();
	} else {
		select.value = value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	}
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
})(${JSON.stringify(selector)}, ${JSON.stringify(attribute)}, ${JSON.stringify(value)}, ${form})`;

/** Page-side: the select's values (the empty one left out), its current value, and whether it offers none (''). */
const selectValues = (selector: string) => `
(() => {
	const select = document.querySelector(${JSON.stringify(selector)});
	const values = [...(select?.options ?? [])].map((o) => o.value);
	return { values: values.filter(Boolean), current: select?.value ?? '', none: values.includes('') };
})()`;

/**
 * The values a bench sets one after the other: with a "none" choice (or a form), each value then none again;
 * without one (e.g. the indicator's year), the other values in turn, starting after the current one.
 */
export function changeOrder({ values, current, none }: { values: string[]; current: string; none: boolean }, changes: number, form: boolean): string[] {
	if (!values.length) return [];
	if (none || form) return Array.from({ length: changes }, (_, i) => (i % 2 ? '' : values[(i / 2) % values.length]));
	const from = values.indexOf(current);
	const others = [...values.slice(from + 1), ...values.slice(0, Math.max(from, 0))];
	return others.length ? Array.from({ length: changes }, (_, i) => others[i % others.length]) : [];
}

/**
 * On a warm page of `path`, `changes` changes of the select found by `selector`, in changeOrder (ms each; NaN: the
 * view did not update within 30 s).
 */
async function selectChanges(baseUrl: string, path: string, selector: string, attribute: string, changes: number, form = false): Promise<number[]> {
	const session = await openBrowser(baseUrl);
	try {
		await session.page.goto(`${baseUrl}${path}`);
		await session.page.locator('[data-engine="ready"]').first().waitFor({ timeout: 120_000 });
		const options = (await session.page.evaluate(selectValues(selector))) as { values: string[]; current: string; none: boolean };
		const times: number[] = [];
		for (const value of changeOrder(options, changes, form)) {
			const ms = (await session.page.evaluate(changeSelect(selector, attribute, value, form))) as number;
			if (ms < 0) break;
			times.push(ms);
		}
		return times;
	} finally {
		await session.close();
	}
}

/** `only`: just the lenses whose name starts with it (e.g. `focal area`). */
export async function lensFilters(baseUrl: string, changes: number, only?: string): Promise<LensResult[]> {
	const results: LensResult[] = [];
	for (const lens of FILTER_LENSES.filter((candidate) => !only || candidate.name.startsWith(only)))
		results.push({ name: lens.name, filter: lens.filter, filterMs: await selectChanges(baseUrl, lens.path, lens.select, 'view', changes, lens.form) });
	return results;
}

/**
 * The convention page's cross-filter: ms from choosing a target under "Status by target" (its select; "All
 * targets" every other time) until the map is recoloured and the parties table has that target's status.
 */
export const crossFilter = (baseUrl: string, changes: number): Promise<number[]> =>
	selectChanges(baseUrl, CROSS_FILTER_PATH, 'select:has(option[value="t1.1"])', 'target', changes);
export const CROSS_FILTER_PATH = '/conventions/cbd/';

/**
 * Page-side: clicks the status cell whose accessible name starts with `name` and resolves with the ms until the
 * evidence dialog shows its content, one frame included (-1: no such cell). Timed in the page, as the filter
 * changes are, so Playwright's own work (finding the cell by role, its actionability checks) is not counted.
 */
const clickCell = (name: string) => `
(async (name) => {
	const cell = [...document.querySelectorAll('button[aria-label]')].find((button) => button.getAttribute('aria-label').startsWith(name));
	if (!cell) return -1;
	const shown = () => document.querySelector('dialog[open] [data-testid="evidence"]');
	const started = performance.now();
	cell.click();
	const opened = await new Promise((resolve) => {
		if (shown()) return resolve(true);
		const timer = setTimeout(() => (observer.disconnect(), resolve(false)), 120000);
		const observer = new MutationObserver(() => {
			if (shown()) (observer.disconnect(), clearTimeout(timer), resolve(true));
		});
		observer.observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	await new Promise((resolve) => requestAnimationFrame(resolve));
	return opened ? performance.now() - started : NaN;
})(${JSON.stringify(name)})`;

/** ms from the click on a matrix cell of /countries/KEN/, once the page's engine is up, until the evidence is shown. */
export async function evidenceFirstOpen(baseUrl: string): Promise<number> {
	const session = await openBrowser(baseUrl);
	try {
		const { page } = session;
		await page.goto(`${baseUrl}/countries/KEN/`);
		await page.locator('[data-ready="true"]').first().waitFor({ timeout: 120_000 });
		// As a reader who has been on the page a moment: the engine is up (its cold start has its own row). A function,
		// not a string: the site's CSP refuses eval.
		await page.waitForFunction(() => performance.getEntriesByName('engine:open').length > 0, null, { timeout: 120_000 });
		// The reader's pointer reaches the matrix before the click (as Playwright's click would move it there).
		await page.getByRole('button', { name: /^CBD, target 1\.1:/ }).hover();
		const ms = (await page.evaluate(clickCell('CBD, target 1.1:'))) as number;
		if (ms < 0) throw new Error('No matrix cell "CBD, target 1.1" on /countries/KEN/');
		return ms;
	} finally {
		await session.close();
	}
}
