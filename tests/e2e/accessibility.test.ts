/** axe-core on every kind of page in every language, after the page's engine is up: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { localHref } from '../../src/lib/i18n/paths';
import { openBrowser, type Session } from './browser';
import { waitUntilReady } from './ready';

const baseUrl = inject('baseUrl');
let session: Session;

beforeEach(async () => {
	session = await openBrowser(baseUrl);
});
afterEach(() => session.close());

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
	'/methodology/'
];

const EVERY_PAGE_IN_EVERY_LANGUAGE = LOCALES.flatMap((locale) => PAGES.map((page) => localHref(page as `/${string}`, locale)));

describe('accessibility', () => {
	it.each(EVERY_PAGE_IN_EVERY_LANGUAGE)('%s has no axe violations', async (path) => {
		const { page } = session;
		await page.goto(`${baseUrl}${path}`);
		await waitUntilReady(page, path);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});
