/**
 * The compare page in Chromium: the prerendered default (three large countries), entries added and removed
 * through the URL (`?compare=`), and the overall statuses equal to an independent computation from the Parquet.
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

const ready = (entries: string) => `.compare-view[data-view="${entries}"][data-ready="true"]`;
const OVERALL = /^Overall status per convention, latest cycle/;

/** Overall status per convention in its latest cycle: a country's mean over its targets, a region's mean over its countries. */
async function expectedOverall(members: string): Promise<string[]> {
	const rows = await queryParquetFolder<{ row: string }>(
		dataDir,
		`WITH latest AS (SELECT convention_id, cycle_id FROM (
			SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC) AS r FROM cycles) WHERE r = 1),
		overall AS (SELECT convention_id, cycle_id, iso3, avg(score) AS score FROM status GROUP BY ALL HAVING count(score) > 0)
		SELECT c.short_name || ' ' || coalesce(printf('%.2f', round(avg(o.score), 2)), '–') AS row
		FROM latest JOIN conventions c USING (convention_id)
		LEFT JOIN overall o ON o.convention_id = latest.convention_id AND o.cycle_id = latest.cycle_id AND o.iso3 IN (${members})
		GROUP BY c.short_name ORDER BY c.short_name`
	);
	return rows.map((r) => r.row);
}

/** A country's overall status per convention from the report that counts: its most recent submitted one (rule 6). */
async function expectedCountryOverall(iso3: string): Promise<string[]> {
	const rows = await queryParquetFolder<{ row: string }>(
		dataDir,
		`WITH mine AS (
			SELECT r.convention_id, r.cycle_id,
				row_number() OVER (PARTITION BY r.convention_id ORDER BY c.year DESC, c.due DESC, c.cycle_id DESC) AS k
			FROM reports r JOIN cycles c USING (convention_id, cycle_id) WHERE r.iso3 = '${iso3}' AND r.submitted IS NOT NULL),
		overall AS (SELECT convention_id, cycle_id, iso3, avg(score) AS score FROM status GROUP BY ALL HAVING count(score) > 0)
		SELECT c.short_name || ' ' || coalesce(printf('%.2f', round(avg(o.score), 2)), '–') AS row
		FROM conventions c LEFT JOIN mine m ON m.convention_id = c.convention_id AND m.k = 1
		LEFT JOIN overall o ON o.convention_id = m.convention_id AND o.cycle_id = m.cycle_id AND o.iso3 = '${iso3}'
		GROUP BY c.short_name ORDER BY c.short_name`
	);
	return rows.map((r) => r.row);
}

/** One column of the overall table: "CBD 0.75" per convention. */
async function shownOverall(column: number): Promise<string[]> {
	return session.page
		.getByRole('table', { name: OVERALL })
		.locator('tbody tr')
		.evaluateAll(
			(trs, index) =>
				trs.map((tr) => {
					const cells = [...tr.children];
					return `${cells[0].firstChild?.textContent?.trim()} ${cells[index].querySelector('.score')?.textContent ?? '–'}`;
				}),
			column
		);
}

describe('compare page', () => {
	it('is reached from the overview and prerenders Brazil, China and India', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: 'Compare', exact: true }).last().click();
		await page.locator(ready('BRA,CHN,IND')).waitFor({ timeout: 60_000 });
		const headers = await page.getByRole('table', { name: OVERALL }).locator('thead th').allTextContents();
		expect(headers.slice(1)).toEqual(['Brazil', 'China', 'India']);
		expect(await shownOverall(2)).toEqual(await expectedCountryOverall('CHN'));
		await page.locator('.compare-view[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('adds a region and removes a country through the URL; reload and back restore the view', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/compare/?compare=KEN,TZA`);
		await page.locator(ready('KEN,TZA')).waitFor({ timeout: 60_000 });
		await page.getByLabel('Add a region').selectOption('Africa');
		await page.getByRole('button', { name: 'Add' }).last().click();
		await page.locator(ready('KEN,TZA,region:Africa')).waitFor({ timeout: 60_000 });
		expect(new URL(page.url()).searchParams.get('compare')).toBe('KEN,TZA,region:Africa');
		expect(await shownOverall(3)).toEqual(await expectedOverall(`SELECT iso3 FROM ${parquet('countries')} WHERE region = 'Africa'`));
		expect(await shownOverall(1)).toEqual(await expectedCountryOverall('KEN'));

		await page.reload();
		await page.locator(ready('KEN,TZA,region:Africa')).waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Remove United Republic of Tanzania' }).click();
		await page.locator(ready('KEN,region:Africa')).waitFor();
		await page.goBack();
		await page.locator(ready('KEN,TZA,region:Africa')).waitFor();
		expect(session.consoleErrors).toEqual([]);
	});

	it('removing the last entry leaves the list empty: the default countries do not come back', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/compare/?compare=KEN`);
		await page.locator(ready('KEN')).waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Remove Kenya' }).click();
		await page.locator(ready('')).waitFor();
		expect(new URL(page.url()).searchParams.get('compare')).toBe('none');
		await expect(page.getByRole('button', { name: /^Remove / }).count()).resolves.toBe(0);
		await page.reload();
		await page.locator(ready('')).waitFor({ timeout: 60_000 });
		await expect(page.getByRole('button', { name: 'Remove Brazil' }).count()).resolves.toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});

	it('switches the matrix between conventions, one column per entry', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/compare/?compare=KEN,region:Africa&convention=ramsar`);
		await page.locator(ready('KEN,region:Africa')).waitFor({ timeout: 60_000 });
		const matrix = page.getByRole('grid', { name: /^Status by target under Ramsar/ });
		await expect(matrix.getByRole('button').count()).resolves.toBe(2 * 21);
		await page.getByLabel('Convention', { exact: true }).selectOption('cbd');
		await page.getByRole('grid', { name: /^Status by target under CBD/ }).waitFor();
		expect(new URL(page.url()).searchParams.get('convention')).toBe('cbd');
	});

	it('fits a 375 px screen without sideways page scroll', async () => {
		// Narrow before the page loads, as a phone would be from the start.
		await session.page.setViewportSize({ width: 375, height: 800 });
		await session.page.goto(`${baseUrl}/compare/?compare=KEN,TZA,UGA,region:Africa`);
		await session.page.locator(ready('KEN,TZA,UGA,region:Africa')).waitFor({ timeout: 60_000 });
		expect(await session.page.evaluate(() => window.innerWidth)).toBe(375);
		const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
