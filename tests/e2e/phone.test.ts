/**
 * At 375 px in Chromium: the header and the sample notice leave the first screen to the page (the navigation
 * behind a Menu button), the status matrix keeps its header row and target column in view while it scrolls,
 * with the "scroll sideways" hint before it, and the map's countries are offered as a list to tap.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { waitUntilReady } from './ready';

const baseUrl = inject('baseUrl');
const PHONE = { width: 375, height: 740 };
let session: Session;
afterEach(() => session.close());

describe('on a phone', () => {
	it('the header and the notice take less than half of the first screen; the menu opens and closes', async () => {
		session = await openPage(baseUrl, PHONE);
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-ready="true"]').waitFor({ timeout: 60_000 });
		const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
		expect(heading!.y).toBeLessThan(PHONE.height / 2);
		const menu = page.getByRole('button', { name: 'Menu' });
		await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(page.getByRole('link', { name: 'Methodology' }).isVisible()).resolves.toBe(false);
		await menu.click();
		await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
		await page.getByRole('link', { name: 'Methodology' }).click();
		await page.waitForURL(`${baseUrl}/methodology/`);
		await expect(page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).resolves.toBe('false');
		expect(session.consoleErrors).toEqual([]);
	});

	it('the matrix keeps its header row and target column visible while it scrolls, the hint before it', async () => {
		session = await openPage(baseUrl, PHONE);
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-ready="true"]').waitFor({ timeout: 60_000 });
		const grid = page.getByRole('grid').first();
		const box = page.locator('.matrix .scroll').first();
		const hint = page.getByText('Scroll sideways to see every convention.');
		expect((await hint.boundingBox())!.y).toBeLessThan((await box.boundingBox())!.y);

		await box.scrollIntoViewIfNeeded();
		await box.evaluate((element) => element.scrollTo(200, 600));
		await expect.poll(() => box.evaluate((element) => [element.scrollLeft > 0, element.scrollTop > 0].join())).toBe('true,true');
		const frame = (await box.boundingBox())!;
		const header = (await grid.getByRole('columnheader', { name: 'Target' }).boundingBox())!;
		const cbd = (await grid.getByRole('columnheader', { name: /CBD/ }).boundingBox())!;
		// A target's row header (the focal area and goal rows span the grid).
		const target = (await grid
			.getByRole('rowheader')
			.filter({ has: page.getByRole('link') })
			.nth(8)
			.boundingBox())!;
		// Still at the top-left of the scrolled box: sticky, not scrolled away.
		expect(Math.abs(header.y - frame.y)).toBeLessThan(3);
		expect(Math.abs(header.x - frame.x)).toBeLessThan(3);
		expect(Math.abs(cbd.y - frame.y)).toBeLessThan(3);
		expect(Math.abs(target.x - frame.x)).toBeLessThan(3);
	});

	it('the convention map offers its countries as a list of links', async () => {
		session = await openPage(baseUrl, PHONE);
		const { page } = session;
		await page.goto(`${baseUrl}/conventions/ramsar/`);
		await waitUntilReady(page, '/conventions/ramsar/');
		const list = page.getByText(/^Countries as a list, to tap \(\d+\)$/);
		await list.click();
		await page.locator('details.phone-list').getByRole('link', { name: 'Kenya' }).click();
		await page.waitForURL(`${baseUrl}/countries/KEN/`);
	});
});
