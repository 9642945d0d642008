/**
 * "Open your data" in Chromium: the sample as CSV files, as a zip and as Parquet; the same numbers as the pipeline
 * and the published site; a sixth convention everywhere; reload keeps the data and Close returns to the published;
 * bad input lists its problems and changes nothing; no request carries the data; axe on /open/ in every language.
 * One browser for the whole file: each step starts from the state the one before left.
 */
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { makeOpenFixtures, SIXTH, type OpenFixtures } from './open-data-fixtures';

const baseUrl = inject('baseUrl');
let session: Session;
let fixtures: OpenFixtures;
/** The published site's overview and Kenya, read before anything is opened. */
const published = { overview: '', country: '' };
/** The opened CSV sample's overview and Kenya. */
const fromCsv = { overview: '', country: '' };

beforeAll(async () => {
	fixtures = makeOpenFixtures();
	session = await openBrowser(baseUrl);
}, 180_000);
afterAll(async () => {
	await session?.close();
	fixtures?.cleanup();
});

const overviewText = async () => {
	const { page } = session;
	await page.goto(`${baseUrl}/`);
	await page.locator('[data-engine="ready"]').waitFor({ timeout: 90_000 });
	return page.locator('[data-engine]').innerText();
};
const countryText = async (iso3 = 'KEN') => {
	const { page } = session;
	await page.goto(`${baseUrl}/countries/${iso3}/`);
	await page.locator('[data-ready="true"]').waitFor({ timeout: 90_000 });
	// Sections that load after the page is ready (e.g. the agencies' activities) must have loaded too.
	await page.locator('main [data-state="loading"]').first().waitFor({ state: 'detached', timeout: 90_000 });
	return page.locator('main').innerText();
};

/** Chooses files on /open/ and waits for the outcome; `folder` uses the folder picker. */
async function choose(files: string | string[], folder = false): Promise<string> {
	const { page } = session;
	if (!page.url().endsWith('/open/')) await page.goto(`${baseUrl}/open/`);
	await page.locator('[data-open-status][data-ready="true"]').waitFor({ state: 'attached' });
	await page.getByLabel(folder ? 'Choose a folder' : 'Choose files').setInputFiles(files);
	const outcome = page.locator('[data-open-status="done"], [data-open-status="problems"], [data-open-status="error"]');
	await outcome.waitFor({ timeout: 90_000 });
	return (await outcome.getAttribute('data-open-status'))!;
}

const banner = () => session.page.getByRole('complementary', { name: 'Your opened data' });

describe('open your data', () => {
	it('/open/ says the files never leave the browser, offers the template, and passes axe in en, fr and es', async () => {
		const { page } = session;
		for (const path of ['/open/', '/fr/open/', '/es/open/']) {
			await page.goto(`${baseUrl}${path}`);
			await page.waitForLoadState('networkidle');
			expect(await axeViolations(page), path).toEqual([]);
		}
		await page.goto(`${baseUrl}/open/`);
		await expect(page.getByText('Your files never leave this browser').count()).resolves.toBe(1);
		await expect(page.getByRole('button', { name: 'Download the template' }).count()).resolves.toBe(1);
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open your data' }).getAttribute('href')).resolves.toBe('/open/');
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `/tmp/open-empty-${width}.png`, fullPage: true });
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		published.overview = await overviewText();
		published.country = await countryText();
		expect(published.overview).toMatch(/\d/);
	}, 120_000);

	it('bad input lists its problems (file, line) with a CSV of them all, and the published data stays', async () => {
		const { page } = session;
		await expect(choose(fixtures.badFiles)).resolves.toBe('problems');
		const rows = page.getByRole('table', { name: 'Problems found in your files' }).getByRole('row');
		await expect(rows.nth(1).innerText()).resolves.toMatch(/^responses\.csv\s+2\b/);
		await expect(page.getByText('NOT-ON-SCALE').count()).resolves.toBeGreaterThan(0);
		const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all problems as CSV' }).click()]);
		const text = readFileSync((await csv.path())!, 'utf8');
		expect(text.split('\r\n')[0]).toBe('\ufefffile,line,column,problem,fix');
		expect(text).toContain('responses.csv,2,');
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `/tmp/open-problems-${width}.png`, fullPage: true });
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		await expect(overviewText()).resolves.toBe(published.overview);
		await expect(banner().count()).resolves.toBe(0);
	}, 180_000);

	it('the sample as CSV files opens with no request carrying it, and the overview and a country show it', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/open/`);
		await page.locator('[data-open-status][data-ready="true"]').waitFor({ state: 'attached' });
		const requests: Request[] = [];
		const record = (request: Request) => requests.push(request);
		page.on('request', record);
		// Measured, not asserted (a shared machine's timing is no test): the main thread's long tasks while opening.
		await page.evaluate(() => {
			const tasks: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
			new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(Math.round(entry.duration)))).observe({ type: 'longtask' });
		});
		await page.getByLabel('Choose files').setInputFiles(fixtures.sampleFiles);
		await page.locator('[data-open-status="working"]').waitFor();
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `/tmp/open-progress-${width}.png` });
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.locator('[data-open-status="done"]').waitFor({ timeout: 90_000 });
		console.log(
			'open: main-thread long tasks (ms) from choosing to done:',
			await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
		);
		await expect(banner().innerText()).resolves.toMatch(/activities\.csv.*reports, 5 conventions, opened .*only in this browser/s);
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `/tmp/open-success-${width}.png`, fullPage: true });
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByRole('link', { name: 'See the overview' }).click();
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 90_000 });
		page.off('request', record);

		const origin = new URL(baseUrl).origin;
		expect(requests.length).toBeGreaterThan(0);
		const carrying = requests.filter(
			(r) => r.method() !== 'GET' || r.postData() !== null || !r.url().startsWith(origin) || /\/data\/[^/]+\.parquet/.test(r.url())
		);
		expect(carrying.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
		expect(session.offOrigin).toEqual([]);

		fromCsv.overview = await page.locator('[data-engine]').innerText();
		fromCsv.country = await countryText();
		expect(fromCsv.overview).toMatch(/\d/);
	}, 180_000);

	it('reload keeps the opened data; Close returns to the published data', async () => {
		const { page } = session;
		await expect(overviewText()).resolves.toBe(fromCsv.overview);
		await expect(banner().count()).resolves.toBe(1);
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Close your data' }).click()]);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 90_000 });
		await expect(banner().count()).resolves.toBe(0);
		await expect(page.locator('[data-engine]').innerText()).resolves.toBe(published.overview);
		await expect(countryText()).resolves.toBe(published.country);
	}, 180_000);

	it('the pipeline’s Parquet of the same sample gives the numbers the CSV gave; the published Parquet, the published site’s', async () => {
		await expect(choose(fixtures.pipelineFiles)).resolves.toBe('done');
		await expect(overviewText()).resolves.toBe(fromCsv.overview);
		await expect(countryText()).resolves.toBe(fromCsv.country);
		const builtData = fixtures.builtDataFiles;
		await expect(choose(builtData)).resolves.toBe('done');
		await expect(overviewText()).resolves.toBe(published.overview);
		await expect(countryText()).resolves.toBe(published.country);
	}, 240_000);

	it('one zip of the sample opens and gives the same numbers', async () => {
		await expect(choose(fixtures.sampleZip)).resolves.toBe('done');
		await expect(overviewText()).resolves.toBe(fromCsv.overview);
	}, 180_000);

	it('a sixth convention, opened as a folder, gets its matrix column, its page and its cells on a country page', async () => {
		const { page } = session;
		await expect(choose(fixtures.sixthDir, true)).resolves.toBe('done');
		// The banner follows once the frame has reloaded its data.
		await banner().filter({ hasText: '6 conventions' }).waitFor({ timeout: 60_000 });
		await overviewText();
		await expect(page.getByRole('columnheader', { name: new RegExp(`^${SIXTH.short}\\b`) }).count()).resolves.toBeGreaterThan(0);
		await page.goto(`${baseUrl}/conventions/${SIXTH.id}/`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 90_000 });
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(SIXTH.name);
		const france = await countryText('FRA');
		expect(france).toContain(SIXTH.short);
		// The SQL console queries the opened data too: the published data has no such convention (0 rows).
		const query = `SELECT convention_id FROM conventions WHERE convention_id = '${SIXTH.id}'`;
		await page.goto(`${baseUrl}/sql/?q=${encodeURIComponent(query)}`);
		await page.locator('.summary[data-state="rows"]').waitFor({ timeout: 90_000 });
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/^1 row in/);
		expect(session.offOrigin).toEqual([]);
	}, 240_000);
});
