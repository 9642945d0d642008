/**
 * "Open your data" in Chromium: the sample as CSV files, as a zip and as Parquet; the same numbers as the pipeline
 * and the published site; a sixth convention everywhere; reload keeps the data and Close returns to the published;
 * bad input lists its problems and changes nothing; no request carries the data (axe on /open/ in every
 * language: accessibility-<lang>.test.ts).
 * The indicator pages show the opened data's indicators, or say it has none (never the published ones), and the
 * Download page's CSV files are the opened tables, written in the browser.
 * One browser for the whole file: each step starts from the state the one before left.
 */
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { makeOpenFixtures, SIXTH, type OpenFixtures } from './open-data-fixtures';

const baseUrl = inject('baseUrl');
let session: Session;
let fixtures: OpenFixtures;
/** The published site's overview, Kenya and indicator pages (the index, and its first indicator), read before anything is opened. */
const published = { overview: '', country: '', indicators: '', indicatorId: '', indicatorName: '', indicator: '' };
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

/** Opens the evidence of KEN's CBD t1.1 cell (its page is shown); returns the published data files requested meanwhile. */
async function openedEvidence(): Promise<string[]> {
	const { page } = session;
	const requested: string[] = [];
	const record = (request: Request) => requested.push(new URL(request.url()).pathname);
	page.on('request', record);
	await page.getByRole('button', { name: /^CBD, target 1\.1:/ }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('[data-testid="evidence"]').waitFor({ timeout: 60_000 });
	page.off('request', record);
	await dialog.getByRole('button', { name: 'Close' }).click();
	return requested.filter((pathname) => pathname.includes('/data/'));
}

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
const indicatorsLink = () => session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators', exact: true });
const NO_INDICATORS = /^The data you opened carries no outcome indicators/;

/** The indicators index's content, once drawn (its list, or the sentence saying there are none). */
const indicatorsText = async () => {
	const { page } = session;
	await page.goto(`${baseUrl}/indicators/`);
	await page.locator('main [data-ready="true"], main [data-indicator-none]').first().waitFor({ timeout: 90_000 });
	return page.locator('main').innerText();
};
/** An indicator page's heading and view once its engine answers, or the sentence saying there are no values. */
const indicatorText = async (id: string) => {
	const { page } = session;
	await page.goto(`${baseUrl}/indicators/${id}/`);
	await page.locator('main .view[data-engine="ready"][data-ready="true"], main [data-indicator-none]').first().waitFor({ timeout: 90_000 });
	const none = page.locator('main [data-indicator-none]');
	if (await none.count()) return `${await page.locator('h1').innerText()}\n${await none.innerText()}`;
	return `${await page.locator('h1').innerText()}\n${await page.locator('main .view').innerText()}`;
};
/** The Download page's CSV of each table while data is open (one visit): written in the browser when its button is pressed. */
const openedCsvs = async (...names: string[]) => {
	const { page } = session;
	await page.goto(`${baseUrl}/download/`);
	const tables = page.locator('[data-opened-downloads]');
	await tables.waitFor({ timeout: 60_000 });
	expect(await page.locator('main a[href*="/download/csv/"]').count(), 'no link to the published CSV files').toBe(0);
	const csv: Record<string, string> = {};
	for (const table of names) {
		const [file] = await Promise.all([page.waitForEvent('download'), tables.getByRole('button', { name: `${table}.csv`, exact: true }).click()]);
		expect(file.suggestedFilename()).toBe(`${table}.csv`);
		csv[table] = readFileSync((await file.path())!, 'utf8');
	}
	return csv;
};
const openedCsv = async (table: string) => (await openedCsvs(table))[table];
/** Whether the opened data kept in this browser still waits for its Parquet files (opened-store.ts's IndexedDB record). */
const parquetPending = () =>
	session.page.evaluate(
		() =>
			new Promise<boolean>((resolve, reject) => {
				const request = indexedDB.open('dashboard-opened-data');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const read = request.result.transaction('opened').objectStore('opened').get('opened');
					read.onerror = () => reject(read.error);
					read.onsuccess = () => resolve(Boolean(read.result?.parquetPending));
				};
			})
	);
/** The published build's CSV of a table, byte for byte (its byte-order mark kept, as in the saved file above). */
const publishedCsv = async (table: string) => Buffer.from(await (await fetch(`${baseUrl}/download/csv/${table}.csv`)).arrayBuffer()).toString('utf8');

describe('open your data', () => {
	// axe on /open/, /fr/open/ and /es/open/ (before anything is opened) is in accessibility-<lang>.test.ts, with every page.
	it('/open/ says the files never leave the browser and offers the template', async () => {
		const { page } = session;
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
		// The published build has outcome indicators (the ones shipped in data/real, or the real sources).
		published.indicators = await indicatorsText();
		const first = page.locator('main .indicators a.name').first();
		published.indicatorId = (await first.getAttribute('href'))!.split('/').at(-2)!;
		published.indicatorName = await first.innerText();
		published.indicator = await indicatorText(published.indicatorId);
		expect(published.indicator).toMatch(/\d/);
		await expect(indicatorsLink().count()).resolves.toBe(1);
	}, 180_000);

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

	it('with the sample (no indicator files) open, the indicator pages say it has no outcome indicators, and the header has no Indicators link', async () => {
		const { page } = session;
		const index = await indicatorsText();
		await expect(page.locator('main [data-indicator-none]').innerText()).resolves.toMatch(NO_INDICATORS);
		expect(index).not.toContain(published.indicatorName);
		await expect(page.locator('main a[href^="/indicators/"]').count()).resolves.toBe(0);
		await expect(indicatorsLink().count()).resolves.toBe(0);
		await expect(banner().count()).resolves.toBe(1);

		// A published indicator's page (prerendered with the published numbers) shows none of them.
		const indicator = await indicatorText(published.indicatorId);
		const [heading, says] = indicator.split('\n');
		expect(heading).toBe(published.indicatorName);
		expect(says).toMatch(NO_INDICATORS);
		await expect(page.locator('main .view').count()).resolves.toBe(0);
		await expect(page.locator('main figure').count()).resolves.toBe(0);
		await expect(page.title()).resolves.toBe(`${published.indicatorName}: not in your opened data — outcome indicator`);

		// The Download page offers the opened tables as CSV, written in this browser (the sixth convention's test shows
		// they are the opened ones), and no link to the published files.
		const conventions = await openedCsv('conventions');
		expect(conventions.split('\r\n')[0]).toBe('\ufeffconvention_id,name,short_name');
		expect(conventions.trimEnd().split('\r\n')).toHaveLength(6);
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
		// Its manifest lists the published per-country responses, which are not among the opened files: the evidence
		// reads the opened whole responses table, and nothing from the published data.
		await expect(openedEvidence()).resolves.toEqual([]);
		// Its indicator tables too: the indicator pages are computed from them, with the published numbers.
		await expect(indicatorsText()).resolves.toBe(published.indicators);
		await expect(indicatorText(published.indicatorId)).resolves.toBe(published.indicator);
		await expect(indicatorsLink().count()).resolves.toBe(1);
		await expect(banner().count()).resolves.toBe(1);
		// And the Download page's CSV files, written in the browser from the opened Parquet, are the published ones.
		const tables = ['conventions', 'status', 'reporting'];
		const opened = await openedCsvs(...tables);
		for (const table of tables) expect(opened[table], table).toBe(await publishedCsv(table));
	}, 300_000);

	it('one zip of the sample opens and gives the same numbers; its Parquet files, not yet written when the page is left, are written when needed', async () => {
		const { page } = session;
		await expect(choose(fixtures.sampleZip)).resolves.toBe('done');
		// Reloaded at once: the pages read the kept Arrow, and the Parquet files are written in a fresh worker when the
		// Download page needs them.
		await page.reload();
		await expect(parquetPending()).resolves.toBe(true);
		await expect(overviewText()).resolves.toBe(fromCsv.overview);
		await expect(parquetPending()).resolves.toBe(true);
		const conventions = await openedCsv('conventions');
		expect(conventions.trimEnd().split('\r\n')).toHaveLength(6);
		await expect(parquetPending()).resolves.toBe(false);
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

		// Its outcome indicator, which the published build never had: listed (alone) and drawn by the 404 page.
		const { indicator } = SIXTH;
		const index = await indicatorsText();
		await expect(indicatorsLink().count()).resolves.toBe(1);
		await expect(page.locator('main .indicators a.name').allInnerTexts()).resolves.toEqual([indicator.name]);
		expect(index).not.toContain(published.indicatorName);
		await page.locator('main .indicators a.name').click();
		await page.waitForURL(`${baseUrl}/indicators/${indicator.id}/`);
		await page.locator('main .view[data-ready="true"]').waitFor({ timeout: 90_000 });
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(indicator.name);
		await expect(page.locator('main .summary').innerText()).resolves.toMatch(/40.*2000.*55.*2010/s);
		await expect(page.locator('main [data-indicator-none]').count()).resolves.toBe(0);
		// Its chosen countries live in the URL, as on a published indicator's page.
		await page.goto(`${baseUrl}/indicators/${indicator.id}/?countries=FRA`);
		await page.locator('main .view[data-view="countries=FRA;year=2010"][data-ready="true"]').waitFor({ timeout: 90_000 });
		await expect(page.locator('main .view').innerText()).resolves.toContain('France');

		// "Since the last meeting" is computed from the opened data too: the sixth convention is among its conventions.
		await page.goto(`${baseUrl}/changes/`);
		await page.locator('.changes-view[data-ready="true"]').waitFor({ timeout: 90_000 });
		await expect(page.getByLabel('Convention', { exact: true }).locator(`option[value="${SIXTH.id}"]`).count()).resolves.toBe(1);

		// The Download page offers the opened conventions, the sixth among them.
		expect(await openedCsv('conventions')).toContain(`\r\n${SIXTH.id},${SIXTH.name},${SIXTH.short}\r\n`);
		expect(await publishedCsv('conventions')).not.toContain(SIXTH.id);
		expect(session.offOrigin).toEqual([]);
	}, 300_000);
});
