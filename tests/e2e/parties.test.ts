/**
 * The convention's parties table in Chromium: "overdue only" shows exactly the parties whose report of the
 * chosen cycle is overdue by independent SQL on the Parquet, the count says so, the filter and the sort live in
 * the URL, and the CSV holds the rows shown.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { waitUntilReady } from './ready';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

const TABLE = /^Parties to CMS/;

/** ISO3 of the CMS parties whose report of the latest cycle is expected, not submitted and past due. */
async function overdueByQuery(): Promise<{ cycle: string; iso3: string[] }> {
	const [{ cycle_id, due }] = await queryParquetFolder<{ cycle_id: string; due: string }>(
		dataDir,
		`SELECT cycle_id, due FROM cycles WHERE convention_id = 'cms' ORDER BY year DESC, due DESC LIMIT 1`
	);
	// The as-of date the page judges on is after every due date of the data; the due date alone decides here.
	const rows = await queryParquetFolder<{ iso3: string }>(
		dataDir,
		`SELECT r.iso3 FROM reports r JOIN parties p ON p.convention_id = r.convention_id AND p.iso3 = r.iso3
		WHERE r.convention_id = 'cms' AND r.cycle_id = '${cycle_id}' AND r.submitted IS NULL AND DATE '${due}' < current_date
		ORDER BY r.iso3`
	);
	return { cycle: cycle_id, iso3: rows.map((row) => row.iso3) };
}

async function shownIso3InOrder(): Promise<string[]> {
	const links = session.page.getByRole('table', { name: TABLE }).locator('tbody th a');
	const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
	return hrefs.map((href) => href.split('/').filter(Boolean).pop()!);
}
const shownIso3 = async () => (await shownIso3InOrder()).sort();

describe('the parties table', () => {
	it('“Overdue only” shows the overdue parties of independent SQL, counted, in the URL, and as CSV', async () => {
		const { page } = session;
		const expected = await overdueByQuery();
		expect(expected.iso3.length).toBeGreaterThan(0);
		await page.goto(`${baseUrl}/conventions/cms/`);
		await waitUntilReady(page, '/conventions/cms/');
		const total = await page.getByRole('table', { name: TABLE }).locator('tbody tr').count();

		await page.getByLabel('Show', { exact: true }).selectOption('overdue');
		await page.waitForURL(/parties=overdue/);
		const count = page.locator('p.count[data-shown]');
		await expect.poll(() => count.getAttribute('data-shown')).toBe(String(expected.iso3.length));
		await expect(count.textContent()).resolves.toContain(`Showing ${expected.iso3.length} of ${total} parties`);
		expect(await shownIso3()).toEqual(expected.iso3);

		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these rows (CSV)' }).click()]);
		const lines = readFileSync(await file.path(), 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r?\n/);
		const header = lines[0].split(',');
		expect(lines.length - 1).toBe(expected.iso3.length);
		const stateColumn = header.indexOf(`${expected.cycle}_report`);
		expect(stateColumn).toBeGreaterThan(0);
		expect(new Set(lines.slice(1).map((line) => line.split(',')[stateColumn]))).toEqual(new Set(['overdue']));

		await page.reload();
		await waitUntilReady(page, '/conventions/cms/');
		await expect.poll(() => count.getAttribute('data-shown')).toBe(String(expected.iso3.length));
		expect(session.consoleErrors).toEqual([]);
	});

	it('sorts by any column, both ways, through the URL', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/conventions/cms/`);
		await waitUntilReady(page, '/conventions/cms/');
		const table = page.getByRole('table', { name: TABLE });
		await table.getByRole('button', { name: 'Sort by Party since' }).click();
		await page.waitForURL(/sort=joined/);
		await expect(table.getByRole('columnheader', { name: 'Sort by Party since' }).getAttribute('aria-sort')).resolves.toBe('ascending');
		const earliest = async (order: 'min' | 'max') =>
			(
				await queryParquetFolder<{ iso3: string }>(
					dataDir,
					`SELECT iso3 FROM parties WHERE convention_id = 'cms' AND joined = (SELECT ${order}(joined) FROM parties WHERE convention_id = 'cms')`
				)
			).map((row) => row.iso3);
		expect(await earliest('min')).toContain((await shownIso3InOrder())[0]);

		await table.getByRole('button', { name: 'Sort by Party since' }).click();
		await page.waitForURL(/order=desc/);
		await expect(table.getByRole('columnheader', { name: 'Sort by Party since' }).getAttribute('aria-sort')).resolves.toBe('descending');
		expect(await earliest('max')).toContain((await shownIso3InOrder())[0]);
		expect(session.consoleErrors).toEqual([]);
	});
});
