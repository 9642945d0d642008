/**
 * Unknown addresses in Chromium, served as a static host would (the build's 404.html, status 404): the page has
 * the site's header, search and language switch and a way home, suggests the likely page, and a case variant of
 * an id opens the page itself.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;
afterEach(() => session.close());

/** The browser logs the document's own 404 status; nothing else may be logged. */
const otherErrors = (errors: string[]) => errors.filter((error) => !/status of 404 \(Not Found\)/.test(error));

async function open(path: string, viewport?: { width: number; height: number }) {
	session = await openBrowser(baseUrl, viewport);
	const response = await session.page.goto(`${baseUrl}${path}`);
	await session.page.locator('[role="search"][data-search-ready="true"]').waitFor();
	return response;
}

describe('not found', () => {
	it('an unknown country has the header, search, language switch, a way home and the list of countries', async () => {
		const response = await open('/countries/XXX/');
		const { page } = session;
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
		await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('combobox', { name: 'Search' }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: 'Français' }).getAttribute('href')).resolves.toBe('/fr/countries/XXX/');
		await expect(page.getByRole('link', { name: 'Go to the overview' }).getAttribute('href')).resolves.toBe('/');
		await expect(page.getByRole('link', { name: 'All countries' }).getAttribute('href')).resolves.toBe('/countries/');
		await expect(page.getByText(/Did you mean/).count()).resolves.toBe(0);
		expect(otherErrors(session.consoleErrors)).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('suggests the likely page for a near miss: “Did you mean Kenya (KEN)?”', async () => {
		await open('/countries/KNE/');
		const suggestion = session.page.getByRole('link', { name: 'Did you mean Kenya (KEN)?' });
		await expect(suggestion.getAttribute('href')).resolves.toBe('/countries/KEN/');
		await suggestion.click();
		await session.page.waitForURL(`${baseUrl}/countries/KEN/`);
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kenya');
	});

	it('opens the page for a case variant of its id: /countries/ken/ → /countries/KEN/, /targets/T6.1/ → /targets/t6.1/', async () => {
		await open('/countries/ken/?tab=x');
		await session.page.waitForURL(`${baseUrl}/countries/KEN/?tab=x`);
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kenya');
		await session.page.goto(`${baseUrl}/targets/T6.1/`);
		await session.page.waitForURL(`${baseUrl}/targets/t6.1/`);
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Target 6\.1:/);
	});

	it('an unknown target, in French, is answered in French with the list of targets', async () => {
		const response = await open('/fr/targets/t99/');
		expect(response?.status()).toBe(404);
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page introuvable');
		await expect(session.page.getByRole('link', { name: 'Tous les objectifs' }).getAttribute('href')).resolves.toBe('/fr/targets/');
		expect(otherErrors(session.consoleErrors)).toEqual([]);
	});
});
