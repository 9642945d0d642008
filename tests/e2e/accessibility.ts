/**
 * axe-core on every kind of page of one language, after the page's engine is up: zero violations. Each page is
 * loaded once; the English ones are scanned in the light scheme, then again in the dark (the theme follows
 * `prefers-color-scheme` live, with no reload). One browser context serves the whole file: what axe judges is the
 * ready page, not how fast it got there. One test file per language (accessibility-<lang>.test.ts), so the
 * browser-test workers share the scans out.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales';
import { localHref } from '../../src/lib/i18n/paths';
import { axeViolations } from './axe';
import { openBrowser, type Session } from './browser';
import { waitUntilReady } from './ready';

const PAGES = [
	'/',
	'/?region=Africa',
	'/conventions/',
	'/conventions/cms/',
	'/countries/',
	'/countries/KEN/',
	'/targets/',
	'/targets/t6.1/',
	'/targets/g1/',
	'/compare/',
	'/indicators/',
	'/download/',
	'/methodology/',
	'/changes/',
	'/open/',
	'/report/'
];

export function describeAccessibility(locale: Locale): void {
	const baseUrl = inject('baseUrl');
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(baseUrl);
	});
	afterAll(() => session.close());

	const paths = PAGES.map((page) => localHref(page as `/${string}`, locale));
	const dark = locale === 'en';
	describe(`accessibility (${locale})`, () => {
		it.each(paths)(`%s has no axe violations${dark ? ', in the light and in the dark' : ''}`, async (path) => {
			const { page } = session;
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(`${baseUrl}${path}`);
			await waitUntilReady(page, path);
			expect(await axeViolations(page), 'light').toEqual([]);
			if (dark) {
				await page.emulateMedia({ colorScheme: 'dark' });
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
				expect(await axeViolations(page), 'dark').toEqual([]);
			}
		});
	});
}
