/**
 * A convention's page in Chromium, read by role and accessible name: reached from the overview, its
 * numbers equal an independent computation from the Parquet, its cycle and region filters round-trip
 * through the URL, and with a region chosen the map links to country pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const parquet = (table: string) => `read_parquet('${dataDir}/${table}.parquet')`;
let session: Session;

// One browser context for the whole file (these pages store nothing): its HTTP and compiled-wasm caches stay warm from
// test to test. Measured: 8 loads of lens pages took 40 s of CPU in fresh contexts, 31 s in one.
beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

async function open(path: string, view = '[data-ready="true"]') {
	await session.page.goto(`${baseUrl}${path}`);
	await session.page.locator(`.convention-view${view}`).waitFor({ timeout: 60_000 });
}

const viewOf = (cycle: string, region = 'all') => `[data-view="${cycle}/${region}"][data-ready="true"]`;

/** The rows of a figure's data table, as text, after opening it. */
async function tableRows(title: string): Promise<string[][]> {
	const figure = session.page.getByRole('figure', { name: title });
	const toggle = figure.getByRole('button', { name: 'Show data table' });
	if (await toggle.isVisible()) await toggle.click();
	return figure
		.getByRole('table', { name: title })
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Countries per class and target, as the stacked bars' table shows them (columns in class order). */
async function expectedStack(cycle: string, region: string | null) {
	const rows = await queryParquetFolder<{ code: string; counts: string }>(
		dataDir,
		`SELECT f.code, list(coalesce(n, 0) ORDER BY k.i)::VARCHAR AS counts
		FROM ${parquet('framework')} f
		CROSS JOIN (SELECT unnest(['not_started','early','in_progress','advanced','no_data']) AS status, unnest([1,2,3,4,5]) AS i) k
		LEFT JOIN (
			SELECT element_id, status, count(*) AS n FROM status
			WHERE convention_id = 'cbd' AND cycle_id = '${cycle}'
				AND (${region === null} OR iso3 IN (SELECT iso3 FROM ${parquet('countries')} WHERE region = '${region}'))
			GROUP BY ALL
		) s ON s.element_id = f.element_id AND s.status = k.status
		WHERE f.level = 'target' GROUP BY f.code, f.sort ORDER BY f.sort`
	);
	return rows.map((row) => `${row.code} ${row.counts}`);
}

const shownStack = async () =>
	(await tableRows('Status by target: countries in each class')).map(
		(cells) =>
			`${cells[0].split(' ')[0]} [${cells
				.slice(1, 6)
				.map((c) => c.replace(/,/g, ''))
				.join(', ')}]`
	);

describe('convention page', () => {
	it('is reached from the overview matrix, with a clean console and no off-origin request', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page
			.getByRole('grid', { name: /Status by target and convention/ })
			.getByRole('link', { name: 'CBD' })
			.click();
		await page.locator('.convention-view[data-ready="true"]').waitFor({ timeout: 60_000 });
		expect(new URL(page.url()).pathname).toBe('/conventions/cbd/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Convention on Biological Diversity');
		await expect(page.title()).resolves.toMatch(/Convention on Biological Diversity: status by target/);
		for (const name of ['Status by target: countries in each class', 'Overall status of each country', 'Reporting rate by convention and cycle']) {
			// The map's countries are focusable (buttons that choose their region), so it is a group rather than one image.
			const role = name === 'Overall status of each country' ? 'group' : 'img';
			// Waits for it (isVisible() does not: under load the chart may be drawn a moment after the view is ready).
			await page.getByRole('figure', { name }).getByRole(role, { name, exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
		}
		await page.locator('.convention-view[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('a clicked overview cell offers its target page, filtered by the convention, next in tab order', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: /^Ramsar, target 1\.2:/ }).focus();
		await page.getByRole('tooltip').waitFor();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const link = page.getByRole('link', { name: 'Target 1.2 under Ramsar →' });
		await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/targets/t1.2/?convention=ramsar`);
		expect(session.consoleErrors).toEqual([]);
	});

	it('shows numbers equal to the scoring rule applied to the Parquet: classes per target, overall status, parties', async () => {
		await open('/conventions/cbd/');
		expect(await shownStack()).toEqual(await expectedStack('cbd-4nr', null));

		const overall = await queryParquetFolder<{ row: string }>(
			dataDir,
			`SELECT k.name || ' ' || printf('%.2f', round(avg(s.score), 2)) AS row
			FROM status s JOIN ${parquet('countries')} k USING (iso3)
			WHERE s.convention_id = 'cbd' AND s.cycle_id = 'cbd-4nr' GROUP BY k.name HAVING count(s.score) > 0`
		);
		const mapRows = await tableRows('Overall status of each country');
		const scored = mapRows.filter((cells) => cells[2] !== '–').map((cells) => `${cells[0]} ${cells[2]}`);
		expect(scored.sort()).toEqual(overall.map((r) => r.row).sort());

		const [parties] = await queryParquetFolder<{ n: number; overdue: number }>(
			dataDir,
			`SELECT count(*)::INTEGER AS n,
				(SELECT count(*) FROM reports WHERE cycle_id = 'cbd-4nr' AND submitted IS NULL)::INTEGER AS overdue
			FROM ${parquet('parties')} WHERE convention_id = 'cbd'`
		);
		const table = session.page.getByRole('table', { name: /^Parties to CBD/ });
		await expect(table.locator('tbody tr').count()).resolves.toBe(parties.n);
		await expect(table.locator('tbody td:last-child [data-state="overdue"]').count()).resolves.toBe(parties.overdue);
		const [rate] = await queryParquetFolder<{ text: string }>(
			dataDir,
			`SELECT count(submitted) || ' of the ' || count(*) || ' reports expected' AS text FROM reports WHERE cycle_id = 'cbd-4nr'`
		);
		await expect(session.page.getByRole('region', { name: 'Summary' }).textContent()).resolves.toContain(rate.text);
	});

	it('keeps cycle and region in the URL: set, reload, back and forward give the same view', async () => {
		const { page } = session;
		await open('/conventions/cbd/');
		await page.locator('.convention-view[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.getByLabel('Reporting cycle').selectOption('cbd-3nr');
		await page.locator(viewOf('cbd-3nr')).waitFor();
		expect(new URL(page.url()).searchParams.get('cycle')).toBe('cbd-3nr');
		await page.getByLabel('Region').selectOption('Africa');
		await page.locator(viewOf('cbd-3nr', 'Africa')).waitFor();
		expect(await shownStack()).toEqual(await expectedStack('cbd-3nr', 'Africa'));
		const parties = await page.getByRole('table', { name: /^Parties to CBD/ }).textContent();

		await page.reload();
		await page.locator(viewOf('cbd-3nr', 'Africa')).waitFor({ timeout: 60_000 });
		await expect(page.getByLabel('Reporting cycle').inputValue()).resolves.toBe('cbd-3nr');
		await expect(page.getByLabel('Region').inputValue()).resolves.toBe('Africa');
		await expect(page.getByRole('table', { name: /^Parties to CBD/ }).textContent()).resolves.toBe(parties);

		await page.goBack();
		await page.locator(viewOf('cbd-3nr')).waitFor();
		await expect(page.getByLabel('Region').inputValue()).resolves.toBe('');
		await page.goBack();
		await page.locator(viewOf('cbd-4nr')).waitFor();
		await page.goForward();
		await page.locator(viewOf('cbd-3nr')).waitFor();
		await page.goForward();
		await page.locator(viewOf('cbd-3nr', 'Africa')).waitFor();
		await expect(page.getByRole('table', { name: /^Parties to CBD/ }).textContent()).resolves.toBe(parties);
		expect(session.consoleErrors).toEqual([]);
	});

	it('with a region chosen for the page, a country on the map opens its page', async () => {
		const { page } = session;
		// Without one, selecting a country filters the parties table to its region (linked-views.test.ts).
		await open('/conventions/cbd/?region=Americas', viewOf('cbd-4nr', 'Americas'));
		const map = page.getByRole('figure', { name: 'Overall status of each country' });
		await map.locator('a', { has: page.locator('title', { hasText: /^Brazil:/ }) }).click();
		await page.waitForURL(`${baseUrl}/countries/BRA/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Brazil');
		expect(session.consoleErrors).toEqual([]);
	});

	it('offers the map’s countries as links in the parties table, reachable by keyboard', async () => {
		await open('/conventions/ramsar/');
		const link = session.page.getByRole('table', { name: /^Parties to Ramsar/ }).getByRole('link', { name: 'Kenya' });
		await link.focus();
		await session.page.keyboard.press('Enter');
		await session.page.waitForURL(`${baseUrl}/countries/KEN/`);
	});

	it('fits a 375 px screen without sideways page scroll', async () => {
		// Narrow before the page loads, as a phone would be from the start.
		await session.page.setViewportSize({ width: 375, height: 800 });
		await open('/conventions/cms/?region=Europe', viewOf('cms-cop10', 'Europe'));
		expect(await session.page.evaluate(() => window.innerWidth)).toBe(375);
		const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
