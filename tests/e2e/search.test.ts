/** The header search in Chromium: a combobox that finds countries, conventions and framework elements. */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

async function open(path = '/', viewport?: { width: number; height: number }) {
	session = await openBrowser(baseUrl, viewport);
	await session.page.goto(`${baseUrl}${path}`);
	await session.page.locator('[role="search"][data-search-ready="true"]').waitFor();
	return session.page.getByRole('combobox', { name: 'Search' });
}

describe('site search', () => {
	afterEach(() => session.close());

	it('is a combobox with a listbox: label, expanded state, active option, Escape', async () => {
		const search = await open('/methodology/');
		const { page } = session;
		const listbox = page.getByRole('listbox', { name: 'Search results' });
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
		// The listbox is hidden until there are results, so find it by its role attribute.
		const listboxId = await page.locator('header [role="listbox"]').getAttribute('id');
		await expect(search.getAttribute('aria-controls')).resolves.toBe(listboxId);
		await search.focus();
		await page.keyboard.type('ramsar');
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(listbox.getByRole('option').first().textContent()).resolves.toMatch(/^Ramsar/);
		await page.keyboard.press('ArrowUp'); // wraps to the last option
		const options = await listbox.getByRole('option').count();
		await expect(search.getAttribute('aria-activedescendant')).resolves.toBe(
			await listbox
				.getByRole('option')
				.nth(options - 1)
				.getAttribute('id')
		);
		await page.keyboard.press('Escape');
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(search.getAttribute('aria-activedescendant')).resolves.toBeNull();
		await page.keyboard.press('Escape');
		await expect(search.inputValue()).resolves.toBe('');
		await page.keyboard.type('xyzzy');
		await expect(page.getByRole('status').filter({ hasText: 'Nothing found' }).textContent()).resolves.toBe('Nothing found for “xyzzy”.');
		expect(session.consoleErrors).toEqual([]);
	});

	it('pages do not carry the index: it is fetched once, in the page’s language, when the box is first used', async () => {
		session = await openBrowser(baseUrl);
		const { page } = session;
		const fetched: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('search-index')) fetched.push(new URL(request.url()).pathname);
		});
		const html = await (await page.goto(`${baseUrl}/fr/countries/KEN/`))!.text();
		expect(html, 'an entry of the index').not.toContain('"kind":"element"');
		await page.locator('[role="search"][data-search-ready="true"]').waitFor();
		expect(fetched, 'nothing fetched before the box is used').toEqual([]);
		const search = page.getByRole('combobox', { name: 'Rechercher' });
		await search.focus();
		await page.keyboard.type('allem');
		await expect(page.locator('header [role="listbox"]').getByRole('option').first().textContent()).resolves.toMatch(/^Allemagne/);
		await page.keyboard.press('Backspace');
		await page.keyboard.type('m');
		expect(fetched).toEqual(['/fr/search-index.json']);
		expect(session.consoleErrors).toEqual([]);
	});

	it('says so when the index cannot be fetched, and tries again on the next use', async () => {
		session = await openBrowser(baseUrl);
		const { page } = session;
		let refuse = true;
		await page.route('**/search-index.json', (route) => (refuse ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
		const search = await (async () => {
			await page.goto(`${baseUrl}/methodology/`);
			await page.locator('[role="search"][data-search-ready="true"]').waitFor();
			return page.getByRole('combobox', { name: 'Search' });
		})();
		await search.fill('kenya');
		await expect(page.getByRole('status').filter({ hasText: 'could not load' }).textContent()).resolves.toMatch(/^The search could not load its list/);
		refuse = false;
		await search.blur();
		await search.focus();
		await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/^Kenya/);
	});

	it('keeps what was typed before the page’s script ran', async () => {
		session = await openBrowser(baseUrl);
		const { page } = session;
		await page.route('**/_app/immutable/**', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 300));
			await route.continue();
		});
		await page.goto(`${baseUrl}/methodology/`, { waitUntil: 'commit' });
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.fill('kenya');
		await page.locator('[role="search"][data-search-ready="true"]').waitFor();
		await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/^Kenya/);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/countries/KEN/`);
	});

	it('“Protected areas” lists every target whose wording or indicators speak of them', async () => {
		const search = await open('/');
		await search.fill('Protected areas');
		const options = session.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
		const texts = await options.allTextContents();
		for (const target of ['Target 1.1', 'Target 1.2', 'Target 2.2']) expect(texts.some((text) => text.startsWith(target))).toBe(true);
	});

	it('a click on an option opens it, and the box is cleared after', async () => {
		const search = await open('/targets/');
		await search.fill('invasive');
		await session.page.getByRole('option', { name: /Target 6\.1/ }).click();
		await session.page.waitForURL(`${baseUrl}/targets/t6.1/`);
		await expect(search.inputValue()).resolves.toBe('');
	});

	it('fits a 375 px screen: the results stay inside it, no sideways scroll', async () => {
		const search = await open('/', { width: 375, height: 800 });
		await search.fill('new zea');
		const box = await session.page.getByRole('listbox', { name: 'Search results' }).boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(375);
		const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await session.page.keyboard.press('ArrowDown');
		await session.page.keyboard.press('Enter');
		await session.page.waitForURL(`${baseUrl}/countries/NZL/`);
	});
});

/**
 * Query + Enter, one query after another in one tab: the overview is loaded once, and each query is typed on the
 * page the one before opened (the search is in every page's header), not on a fresh overview each time.
 */
describe('site search: query + Enter', () => {
	let tab: Session;
	beforeAll(async () => {
		tab = await openBrowser(baseUrl);
		await tab.page.goto(`${baseUrl}/`);
	});
	afterAll(() => tab.close());
	/** Types the query on the page the tab is on (never the one it must open: else arriving would prove nothing) and presses Enter. */
	async function searchAndEnter(query: string, path: string) {
		const { page } = tab;
		expect(new URL(page.url()).pathname, 'the tab is not already on the page to open').not.toBe(path);
		await page.locator('[role="search"][data-search-ready="true"]').waitFor();
		await page.getByRole('combobox', { name: 'Search' }).fill(query);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}${path}`);
	}

	it.each([
		['FRA', '/countries/FRA/', /France/],
		['kenya', '/countries/KEN/', /Kenya/],
		['ramsar', '/conventions/ramsar/', /Ramsar|Wetlands/],
		['migratory', '/conventions/cms/', /Migratory|CMS/],
		['t6.2', '/targets/t6.2/', /^Target 6\.2:/],
		['goal 6', '/targets/g6/', /^Goal 6:/]
	])('“%s” + Enter opens %s', async (query, path, heading) => {
		await searchAndEnter(query, path);
		await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(heading);
		expect(tab.consoleErrors).toEqual([]);
		expect(tab.offOrigin).toEqual([]);
	});

	it.each([
		['UK', '/countries/GBR/', 'United Kingdom of Great Britain and Northern Ireland'],
		['Vietnam', '/countries/VNM/', 'Viet Nam'],
		['Ivory Coast', '/countries/CIV/', 'Côte d’Ivoire'],
		['Turkey', '/countries/TUR/', 'Türkiye'],
		["Cote d'Ivoire", '/countries/CIV/', 'Côte d’Ivoire'],
		['USA', '/countries/USA/', 'United States of America']
	])('the name people use: “%s” + Enter opens %s', async (query, path, heading) => {
		await searchAndEnter(query, path);
		await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
	});
});
