/**
 * The built overview in Chromium, read as a person reads it: by role and accessible name. Its numbers
 * are checked against status.parquet, read independently with native DuckDB.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

async function openOverview() {
	await session.page.goto(`${baseUrl}/`);
	await session.page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
}

describe('overview', () => {
	it('shows the headline, the matrix and both charts, with a clean console and no off-origin request', async () => {
		await openOverview();
		const { page } = session;
		await expect(page.title()).resolves.toMatch(/Overview/);
		await expect(page.getByRole('region', { name: 'Headline figures' }).isVisible()).resolves.toBe(true);
		const matrix = page.getByRole('grid', { name: 'Status by target and convention, latest reporting cycle' });
		await expect(matrix.getByRole('button').count()).resolves.toBe(5 * 21);
		for (const name of ['Reporting rate by convention and cycle', 'Targets by status class, per convention']) {
			const figure = page.getByRole('figure', { name });
			await expect(figure.getByRole('img', { name }).isVisible()).resolves.toBe(true);
			await figure.getByRole('button', { name: 'Show data table' }).click();
			await expect(figure.getByRole('table', { name }).getByRole('row').count()).resolves.toBeGreaterThan(1);
		}
		await expect(page.getByText('Illustrative data, not real national reports.').first().isVisible()).resolves.toBe(true);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('matrix cells equal the scoring rule applied to status.parquet', async () => {
		const expected = await queryParquetFolder<{ name: string }>(
			dataDir,
			`WITH latest AS (
				SELECT convention_id, cycle_id FROM (
					SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC) AS r FROM cycles
				) WHERE r = 1)
			SELECT c.short_name || ', target ' || replace(s.element_id, 't', '') || ': ' ||
				CASE WHEN count(s.score) = 0 THEN (CASE WHEN max(s.n_questions) = 0 THEN 'Not covered' ELSE 'No data' END)
					ELSE (CASE WHEN avg(s.score) < 0.25 THEN 'Not started' WHEN avg(s.score) < 0.5 THEN 'Early stages'
						WHEN avg(s.score) < 0.75 THEN 'In progress' ELSE 'Advanced' END)
						|| ', score ' || printf('%.2f', avg(s.score)) || ', ' || count(s.score) || ' countries' END AS name
			FROM status s JOIN latest USING (convention_id, cycle_id) JOIN conventions c USING (convention_id)
			GROUP BY c.short_name, s.element_id`
		);
		await openOverview();
		const matrix = session.page.getByRole('grid', { name: 'Status by target and convention, latest reporting cycle' });
		const shown = await matrix.getByRole('button').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
		expect(shown.sort()).toEqual(expected.map((row) => row.name).sort());
	});

	it('shows the details of a cell on keyboard focus', async () => {
		await openOverview();
		const cell = session.page.getByRole('button', { name: /^CBD, target 1\.1:/ });
		await cell.focus();
		const tooltip = session.page.getByRole('tooltip');
		await tooltip.waitFor();
		await expect(tooltip.textContent()).resolves.toMatch(/countries/);
	});

	it('a missing Parquet file gives the error state with a working Retry, not a blank page', async () => {
		const { page } = session;
		await page.route('**/data/status.parquet', (route) => route.fulfill({ status: 404, body: 'Not found' }));
		await page.goto(`${baseUrl}/`);
		const error = page.getByRole('alert');
		await error.waitFor({ timeout: 60_000 });
		await expect(error.textContent()).resolves.toMatch(/status\.parquet: HTTP 404/);
		// The build's numbers stay on screen meanwhile.
		await expect(page.getByRole('button', { name: /^CBD, target 1\.1:/ }).isVisible()).resolves.toBe(true);
		await page.unroute('**/data/status.parquet');
		await page.getByRole('button', { name: 'Retry' }).click();
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await expect(error.count()).resolves.toBe(0);
	});

	it('the prerendered numbers are the ones DuckDB gives in the browser', async () => {
		const { page } = session;
		const cells = () =>
			page
				.getByRole('grid', { name: 'Status by target and convention, latest reporting cycle' })
				.getByRole('button')
				.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
		await page.goto(`${baseUrl}/`);
		const prerendered = await cells();
		expect(prerendered).toHaveLength(105);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.getByLabel('Region').selectOption('Africa');
		await page.locator('[data-view="Africa"][data-ready="true"]').waitFor();
		const africa = await cells();
		expect(africa).not.toEqual(prerendered);
		await page.getByLabel('Region').selectOption('');
		await page.locator('[data-view="all"][data-ready="true"]').waitFor();
		expect(await cells()).toEqual(prerendered);
	});

	it('keeps the region filter in the URL: reload and back restore the same view', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?region=Europe`);
		await page.locator('[data-view="Europe"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(page.getByLabel('Region').inputValue()).resolves.toBe('Europe');
		const europe = await page.getByRole('region', { name: 'Headline figures' }).textContent();
		await page.reload();
		await page.locator('[data-view="Europe"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(page.getByRole('region', { name: 'Headline figures' }).textContent()).resolves.toBe(europe);
		await page.getByLabel('Region').selectOption('Asia');
		await page.locator('[data-view="Asia"][data-ready="true"]').waitFor();
		expect(new URL(page.url()).searchParams.get('region')).toBe('Asia');
		await page.goBack();
		await page.locator('[data-view="Europe"][data-ready="true"]').waitFor();
		await expect(page.getByLabel('Region').inputValue()).resolves.toBe('Europe');
		expect(session.consoleErrors).toEqual([]);
	});
});
