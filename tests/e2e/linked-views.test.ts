/**
 * The convention page's linked views in Chromium: a target chosen in "Status by target" recolours the map and
 * gives the table its statuses, a class in the map's key and a region chosen on the map (click or Enter on a
 * country) filter the parties table; the counts equal the Parquet's, the choices round-trip through the URL
 * (reload, back/forward), show as removable chips, and axe finds nothing.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openPage, type Session } from './browser';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

describe('linked views on the convention page', () => {
	const latest = async () =>
		(
			await queryParquetFolder<{ cycle_id: string }>(
				dataDir,
				`SELECT cycle_id FROM cycles WHERE convention_id = 'cbd' ORDER BY year DESC, due DESC, cycle_id DESC LIMIT 1`
			)
		)[0].cycle_id;
	/** The CBD parties (of a region) in a class on a target, from the Parquet. */
	const inClass = async (cycle: string, element: string, status: string, region: string | null = null) =>
		(
			await queryParquetFolder<{ n: number }>(
				dataDir,
				`SELECT count(*)::INTEGER AS n FROM status s JOIN parties p ON p.convention_id = s.convention_id AND p.iso3 = s.iso3
				JOIN countries c ON c.iso3 = s.iso3
				WHERE s.convention_id = 'cbd' AND s.cycle_id = '${cycle}' AND s.element_id = '${element}' AND s.status = '${status}'
					AND (${region === null} OR c.region = '${region}')`
			)
		)[0].n;
	/** The CBD parties of a region, from the Parquet. */
	const partiesOf = async (region: string) =>
		(
			await queryParquetFolder<{ n: number }>(
				dataDir,
				`SELECT count(*)::INTEGER AS n FROM parties p JOIN countries c USING (iso3) WHERE p.convention_id = 'cbd' AND c.region = '${region}'`
			)
		)[0].n;
	const search = () => new URL(session.page.url()).search;
	const shownParties = async () => Number(await session.page.locator('p.count[data-shown]').getAttribute('data-shown'));
	const viewFor = (target: string) => session.page.locator(`.convention-view[data-target="${target}"][data-ready="true"]`).waitFor({ timeout: 60_000 });

	it('filters the map and the table by a target and a class, through the URL, reload and back/forward', async () => {
		const { page } = session;
		const cycle = await latest();
		await page.goto(`${baseUrl}/conventions/cbd/`);
		await page.locator('.convention-view[data-engine="ready"]').waitFor({ timeout: 60_000 });
		const all = await shownParties();

		// A click on target 1.2's row of "Status by target" chooses it.
		await page
			.getByRole('figure', { name: 'Status by target: countries in each class' })
			.locator('svg text', { hasText: /^1\.2 / })
			.first()
			.click();
		await page.waitForURL(/target=t1\.2/);
		await viewFor('t1.2');
		// The keyboard way: the select.
		await page.getByLabel('Show on the map and in the table').selectOption('t1.1');
		await page.waitForURL(/target=t1\.1/);
		await viewFor('t1.1');
		await expect(page.getByRole('figure', { name: 'Status of each country on target 1.1' }).isVisible()).resolves.toBe(true);

		const expected = await inClass(cycle, 't1.1', 'not_started');
		expect(expected).toBeGreaterThan(0);
		await page
			.getByRole('group', { name: 'Filter the parties table by class' })
			.getByRole('button', { name: /^Not started/ })
			.click();
		await page.waitForURL(/class=not_started/);
		await expect.poll(shownParties).toBe(expected);
		await expect(page.getByTestId('selection-summary').textContent()).resolves.toContain(`${expected.toLocaleString('en')} of`);
		await page.getByRole('figure', { name: 'Status of each country on target 1.1' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/convention-linked-1280.png' });

		await page.reload();
		await viewFor('t1.1');
		await expect.poll(shownParties).toBe(expected);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).search).toBe('?target=t1.1');
		await expect.poll(shownParties).toBe(all);
		await page.goForward();
		await expect.poll(shownParties).toBe(expected);

		await page.getByRole('button', { name: 'Remove “Target 1.1”' }).click();
		await expect.poll(() => new URL(page.url()).search).toBe('?class=not_started');
		await viewFor('none');
		expect(await axeViolations(page)).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);

		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`${baseUrl}/conventions/cbd/?target=t1.1&class=not_started`);
		await viewFor('t1.1');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.getByRole('figure', { name: 'Status of each country on target 1.1' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/convention-linked-375.png' });
	});

	it('filters the table to the region of a country chosen on the map (click or Enter), with the class, through the URL', async () => {
		const { page } = session;
		const cycle = await latest();
		await page.goto(`${baseUrl}/conventions/cbd/?target=t1.1`);
		await viewFor('t1.1');
		const map = page.getByRole('figure', { name: 'Status of each country on target 1.1' });

		// A click on Brazil chooses the Americas: the table shows their parties, the map keeps the world.
		await map.getByRole('button', { name: /^Brazil:/ }).click();
		await expect.poll(search).toBe('?target=t1.1&parties_region=Americas');
		const americas = await partiesOf('Americas');
		await expect.poll(shownParties).toBe(americas);
		await expect(page.getByRole('button', { name: 'Remove “Parties in Americas”' }).isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('selection-summary').textContent()).resolves.toMatch(
			new RegExp(`^On target 1\\.1 \\(.+\\), among the parties in Americas, \\d+ of ${americas} parties have a status`)
		);
		expect(await map.getByRole('button').count()).toBeGreaterThan(100);
		// The map marks the chosen region's countries (pressed) and dims the others.
		await expect(map.getByRole('button', { name: /^Argentina:/ }).getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(map.getByRole('button', { name: /^France:/ }).getAttribute('aria-pressed')).resolves.toBe('false');
		await expect(map.getByRole('button', { name: /^France:/ }).evaluate((country) => getComputedStyle(country).opacity)).resolves.toBe('0.35');

		// The keyboard: Enter on Kenya chooses Africa; a class narrows it further.
		await map.getByRole('button', { name: /^Kenya:/ }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(search).toBe('?target=t1.1&parties_region=Africa');
		const africa = await partiesOf('Africa');
		await expect.poll(shownParties).toBe(africa);
		const africaNotStarted = await inClass(cycle, 't1.1', 'not_started', 'Africa');
		await page
			.getByRole('group', { name: 'Filter the parties table by class' })
			.getByRole('button', { name: /^Not started/ })
			.click();
		await expect.poll(shownParties).toBe(africaNotStarted);
		await expect(page.locator('p.count[data-shown]').textContent()).resolves.toMatch(
			new RegExp(`^\\s*Showing ${africaNotStarted} of ${africaNotStarted} parties · Africa ·\\s`)
		);
		await expect(page.getByTestId('selection-summary').textContent()).resolves.toContain(
			`among the parties in Africa, ${africaNotStarted} of ${africa} parties are “not started”`
		);
		await map.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/convention-map-region-1280.png' });

		await page.reload();
		await viewFor('t1.1');
		await expect.poll(shownParties).toBe(africaNotStarted);
		await page.goBack();
		await expect.poll(search).toBe('?target=t1.1&parties_region=Africa');
		await expect.poll(shownParties).toBe(africa);
		await page.goBack();
		await expect.poll(shownParties).toBe(americas);
		await page.goForward();
		await expect.poll(shownParties).toBe(africa);

		// Selecting a country of the chosen region again shows every region; so does the chip.
		await map.getByRole('button', { name: /^Kenya:/ }).click();
		await expect.poll(search).toBe('?target=t1.1');
		await page.goBack();
		await expect.poll(shownParties).toBe(africa);
		await page.getByRole('button', { name: 'Remove “Parties in Africa”' }).click();
		await expect.poll(search).toBe('?target=t1.1');
		expect(await axeViolations(page)).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('drops the map’s region while the page-wide region is set (the map then links to country pages), and keeps it across languages', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/conventions/cbd/?region=Europe&parties_region=Africa`);
		await page.locator('.convention-view[data-view$="/Europe"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(page.getByRole('list', { name: 'Chosen in the linked views' }).count()).resolves.toBe(0);
		await expect(shownParties()).resolves.toBe(await partiesOf('Europe'));
		await expect(
			page
				.getByRole('figure', { name: 'Overall status of each country' })
				.getByRole('link', { name: /^France:/ })
				.count()
		).resolves.toBe(1);

		await page.goto(`${baseUrl}/fr/conventions/cbd/?parties_region=Africa`);
		await page.locator('.convention-view[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await expect.poll(shownParties).toBe(await partiesOf('Africa'));
		await expect(page.getByRole('button', { name: 'Retirer « Parties de la région Afrique »' }).isVisible()).resolves.toBe(true);
		await page.setViewportSize({ width: 375, height: 740 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Retirer « Parties de la région Afrique »' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/convention-map-region-375.png' });
		expect(session.consoleErrors).toEqual([]);
	});
});
