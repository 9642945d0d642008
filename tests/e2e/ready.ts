/**
 * Waits until a page is ready to be judged, by what that kind of page promises, never "if it has the marker":
 * lens pages until their engine is ready (`data-engine="ready"`), a country page until its view is interactive
 * (`data-ready="true"`), and pages with no engine until the network is idle — and then they must have no
 * engine marker (a page that gains one belongs in the lists below).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const ENGINE_PAGES = [/^\/$/, /^\/changes\/$/, /^\/compare\/$/, /^\/conventions\/[^/]+\/$/, /^\/targets\/[^/]+\/$/, /^\/indicators\/[^/]+\/$/];
const READY_PAGES = [/^\/countries\/[^/]+\/$/];

/** The page's path without its language prefix and query: `/fr/countries/KEN/?x=1` → `/countries/KEN/`. */
export function pageKind(path: string): string {
	const pathname = new URL(path, 'http://localhost').pathname;
	return pathname.replace(/^\/(fr|es)(\/|$)/, '/');
}

export async function waitUntilReady(page: Page, path: string, timeout = 60_000): Promise<void> {
	const kind = pageKind(path);
	if (ENGINE_PAGES.some((pattern) => pattern.test(kind))) {
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout });
	} else if (READY_PAGES.some((pattern) => pattern.test(kind))) {
		await page.locator('[data-ready="true"]').first().waitFor({ timeout });
	} else {
		await page.waitForLoadState('networkidle', { timeout });
		expect(await page.locator('[data-engine]').count(), `${path} has an engine: add it to ENGINE_PAGES`).toBe(0);
	}
}
