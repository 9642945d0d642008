/**
 * The dashboard in English, French and Spanish, read by the accessible names of each language: the
 * language lives in the URL, switching keeps the view, numbers are formatted for the language and the
 * data's names (countries, conventions) are translated while the numbers stay the same.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue';
import type { Messages } from '../../src/lib/i18n/catalogue';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;
let messages: Record<'en' | 'fr' | 'es', Messages>;

beforeEach(async () => {
	session = await openPage(baseUrl);
	const [en, fr, es] = await Promise.all([CATALOGUES.en(), CATALOGUES.fr(), CATALOGUES.es()]);
	messages = { en: en.messages, fr: fr.messages, es: es.messages };
});
afterEach(() => session.close());

async function ready(path: string) {
	await session.page.goto(`${baseUrl}${path}`);
	await session.page.locator('[data-engine="ready"]').first().waitFor({ timeout: 60_000 });
}

/** The headline figures' text and the numbers in it, in the given language. */
async function headline(locale: 'en' | 'fr' | 'es') {
	const text = (await session.page.getByRole('region', { name: messages[locale]['headline.heading'] }).textContent()) ?? '';
	return { text, numbers: [...text.matchAll(/\d[\d\s\u00a0\u202f.,]*/g)].map((m) => m[0].replace(/[\s\u00a0\u202f.,]/g, '')) };
}

describe('languages', () => {
	it('switches to French keeping the filters, and formats the same numbers the French way', async () => {
		const { page } = session;
		await ready('/?region=Africa');
		const english = await headline('en');
		expect(english.text).toMatch(/\d+%/);

		await page.getByRole('navigation', { name: messages.en['language.label'] }).getByRole('link', { name: 'Français' }).click();
		await page.waitForURL(`${baseUrl}/fr/?region=Africa`);
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 60_000 });
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		const french = await headline('fr');
		expect(french.numbers).toEqual(english.numbers);
		expect(french.text).toMatch(/\d[\u00a0\u202f]%/);
		expect(french.text).not.toMatch(/\d%/);
		await expect(
			page.getByRole('navigation', { name: messages.fr['language.label'] }).getByRole('link', { name: 'Français' }).getAttribute('aria-current')
		).resolves.toBe('true');
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('keeps the reader in their language: every link of a French page leads to a French page', async () => {
		await session.page.goto(`${baseUrl}/fr/countries/KEN/`);
		const hrefs = await session.page
			.locator('header nav a:not([hreflang]), main a')
			// Prerendered links are relative (`../../fr/…`): compare the paths they resolve to on this site.
			.evaluateAll((links) =>
				(links as HTMLAnchorElement[])
					.map((a) => new URL(a.href))
					.filter((url) => url.origin === location.origin && !url.pathname.startsWith('/data/'))
					.map((url) => url.pathname)
			);
		expect(hrefs.length).toBeGreaterThan(10);
		expect(hrefs.filter((href) => !href.startsWith('/fr/') && !href.startsWith('/download/csv/'))).toEqual([]);
	});

	it('names countries and writes dates in the page language', async () => {
		const { page } = session;
		for (const [path, name, lang] of [
			['/countries/DEU/', 'Germany', 'en'],
			['/fr/countries/DEU/', 'Allemagne', 'fr'],
			['/es/countries/DEU/', 'Alemania', 'es']
		] as const) {
			await page.goto(`${baseUrl}${path}`);
			await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(name);
			const footer = (await page.getByRole('contentinfo').textContent()) ?? '';
			// The data's build date, formatted by Intl for the language (e.g. "27 nov. 2026", "27 nov 2026").
			expect(footer).toMatch(lang === 'en' ? /[A-Z][a-z]{2} \d{1,2}, \d{4}/ : /\d{1,2} [a-zé]+\.? \d{4}/);
		}
	});

	it('filters in Spanish stay in Spanish: the URL keeps /es/ and the filter', async () => {
		const { page } = session;
		await ready('/es/');
		await page.getByLabel(messages.es['filter.region']).selectOption('Europe');
		await page.waitForURL(`${baseUrl}/es/?region=Europe`);
		await page.locator('[data-view="Europe"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
		expect(session.consoleErrors).toEqual([]);
	});
});
