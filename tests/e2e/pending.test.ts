/**
 * Never another view's numbers under this view's name: with the engine held back (its wasm request
 * delayed), a page asked for another selection than the prerendered default dims the default and says so;
 * once the engine answers, the asked selection shows, no longer dimmed.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;
let release: () => void;

beforeEach(async () => {
	session = await openBrowser(baseUrl);
	const held = new Promise<void>((resolve) => (release = resolve));
	await session.page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
});
afterEach(() => session.close());

const NOTICE = /Showing the default view until the engine starts/;

describe('while the engine starts', () => {
	it('compare: the default comparison is dimmed and labelled, then KEN, TZA, UGA and Africa show', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/compare/?compare=KEN,TZA,UGA,region:Africa`);
		const stale = page.locator('.compare-view[data-stale="true"][aria-busy="true"]');
		await stale.waitFor({ timeout: 30_000 });
		await expect(page.getByRole('status').filter({ hasText: NOTICE }).isVisible()).resolves.toBe(true);
		expect(await stale.getAttribute('data-view')).toBe('BRA,CHN,IND');
		release();
		await page.locator('.compare-view[data-view="KEN,TZA,UGA,region:Africa"][data-stale="false"][data-ready="true"]').waitFor({ timeout: 120_000 });
		await expect(page.getByText(NOTICE).count()).resolves.toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});

	it('overview: world numbers are dimmed and labelled, then Africa shows', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?region=Africa`);
		const stale = page.locator('.overview[data-stale="true"][aria-busy="true"]');
		await stale.waitFor({ timeout: 30_000 });
		expect(await stale.getAttribute('data-view')).toBe('all');
		await expect(page.getByRole('status').filter({ hasText: NOTICE }).isVisible()).resolves.toBe(true);
		release();
		await page.locator('.overview[data-view="Africa"][data-stale="false"][data-ready="true"]').waitFor({ timeout: 120_000 });
		await expect(page.getByText(NOTICE).count()).resolves.toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});

	it('country: as of an earlier cycle (?cycle=), the latest-cycle default is dimmed and labelled first', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/countries/KEN/?cycle=cbd-3nr`);
		await page.locator('.country-view[data-stale="true"]').waitFor({ timeout: 30_000 });
		await expect(page.getByRole('status').filter({ hasText: NOTICE }).isVisible()).resolves.toBe(true);
		release();
		const done = page.locator('.country-view[data-stale="false"][data-ready="true"]');
		await done.waitFor({ timeout: 120_000 });
		expect(await done.getAttribute('data-view')).toContain('cbd:cbd-3nr');
		await expect(page.getByLabel('CBD: as of').inputValue()).resolves.toBe('cbd-3nr');
		expect(session.consoleErrors).toEqual([]);
	});
});
