/**
 * The keyboard alone: the status matrix is one tab stop moved through with the arrow keys, each cell
 * showing the details a pointer gets from hovering, Enter doing what a click does; the target page's
 * map is one tab stop too, each country outlined and named in a tooltip when focused.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

const MATRIX = 'Status by target and convention, latest reporting cycle';
const focusedLabel = () => session.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
const tooltipText = () => session.page.getByRole('tooltip').textContent();

describe('the status matrix by keyboard', () => {
	it('is one tab stop; arrows, Home and End move between cells, and the details follow the focus', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		const grid = page.getByRole('grid', { name: MATRIX });
		await expect(grid.locator('[tabindex="0"]').count()).resolves.toBe(1);

		await expect(grid.locator('[tabindex="0"]').getAttribute('aria-label')).resolves.toMatch(/^CBD, target 1\.1:/);
		await grid.locator('[tabindex="0"]').focus();
		expect(await focusedLabel()).toMatch(/^CBD, target 1\.1:/);
		await expect(tooltipText()).resolves.toMatch(/Convention on Biological Diversity.*Target 1\.1/s);

		await page.keyboard.press('ArrowRight');
		expect(await focusedLabel()).toMatch(/^CITES, target 1\.1:/);
		await expect(tooltipText()).resolves.toMatch(/Convention on International Trade.*Target 1\.1/s);
		await expect(page.getByRole('tooltip').count()).resolves.toBe(1);

		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel()).toMatch(/^CITES, target 1\.2:/);
		await expect(tooltipText()).resolves.toMatch(/Target 1\.2/);

		await page.keyboard.press('End');
		expect(await focusedLabel()).toMatch(/^WHC, target 1\.2:/);
		await page.keyboard.press('Home');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^\s*1\.2\s/);
		await page.keyboard.press('ArrowRight');
		expect(await focusedLabel()).toMatch(/^CBD, target 1\.2:/);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^\s*CBD\s*$/);
		// Goal and focal-area rows are skipped: from target 1.2, Down goes to 2.1.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel()).toMatch(/^CBD, target 2\.1:/);

		// The grid keeps one tab stop, where the focus last was; Tab leaves it.
		await expect(grid.locator('[tabindex="0"]').count()).resolves.toBe(1);
		await expect(grid.locator('[tabindex="0"]').getAttribute('aria-label')).resolves.toMatch(/^CBD, target 2\.1:/);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.closest('[role="grid"]') == null)).resolves.toBe(true);
		await page.keyboard.press('Shift+Tab');
		expect(await focusedLabel()).toMatch(/^CBD, target 2\.1:/);

		// A visible focus ring.
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).toBe('solid');
		expect(session.consoleErrors).toEqual([]);
	});

	it('Enter opens what a click opens: the pinned details with the link to the target', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		const cell = page.getByRole('button', { name: /^CMS, target 4\.1:/ });
		await cell.click();
		const byClick = await page.getByRole('group', { name: 'Details of CMS, target 4.1' }).getByRole('link').getAttribute('href');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('group', { name: 'Details of CMS, target 4.1' }).count()).resolves.toBe(0);

		await cell.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByRole('group', { name: 'Details of CMS, target 4.1' });
		await expect(panel.getByRole('link').getAttribute('href')).resolves.toBe(byClick);
		expect(byClick).toMatch(/\/targets\/t4\.1\/\?convention=cms$/);
		// The panel's link is next in tab order after its cell.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(byClick);
	});
});

describe('the target page map by keyboard', () => {
	it('reaches each country with an outline and its name, status and score, like hovering', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/t6.1/`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		const map = page.getByRole('figure', { name: /^Status of target 6\.1 by country/ });
		const countries = map.locator('[data-country]');
		await expect(map.locator('[data-country][tabindex="0"]').count()).resolves.toBe(1);
		expect(await countries.count()).toBeGreaterThan(100);

		await map.locator('[data-country][tabindex="0"]').focus();
		const tip = page.getByTestId('map-tip');
		await expect(tip.isVisible()).resolves.toBe(true);
		const first = await tip.textContent();
		const hover = await countries.first().locator('title').textContent();
		expect(first).toBe(hover);
		expect(first).toMatch(/^[^:]+: (Not started|Early stages|In progress|Advanced|No data|Not covered|Not a party)/);
		await expect(page.locator('.map-focus-outline').count()).resolves.toBe(1);

		await page.keyboard.press('ArrowRight');
		const second = await tip.textContent();
		expect(second).not.toBe(first);
		expect(second).toBe(await countries.nth(1).locator('title').textContent());
		await expect(page.locator('.map-focus-outline').count()).resolves.toBe(1);
		await page.keyboard.press('End');
		expect(await tip.textContent()).toBe(await countries.last().locator('title').textContent());

		// Kenya has a page: Enter on it opens it.
		const kenya = map.locator('a[data-country][aria-label^="Kenya:"]');
		await kenya.focus();
		await expect(tip.textContent()).resolves.toMatch(/^Kenya: /);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/countries\/KEN\/$/);
		await expect(page.getByTestId('map-tip').isVisible()).resolves.toBe(false);
		expect(session.consoleErrors).toEqual([]);
	});
});
