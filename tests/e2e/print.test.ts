/**
 * The printed briefing of a country, a convention (with a region filter in the URL) and a target page in
 * Chromium: in print media the site's chrome and controls are gone, the briefing head says when it was
 * printed, from which data and where the same view lives online, and the page prints to an A4 PDF.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/schema';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
const englishDate = (value: string | Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

const pages = [
	{ lens: 'country', path: '/countries/KEN/', ready: '.country-view[data-ready="true"]', scope: {} },
	{
		lens: 'convention',
		path: '/conventions/cms/?region=Africa',
		ready: '.convention-view[data-view$="/Africa"][data-ready="true"]',
		scope: { Region: 'Africa' }
	},
	{
		lens: 'target',
		path: '/targets/t1.1/',
		ready: '.target-view[data-view="all/latest/all"][data-ready="true"]',
		scope: { Convention: 'All conventions', 'Reporting cycle': 'Latest cycle of each convention', Region: 'All regions' }
	}
];

/** `/Type /Page` objects, not the `/Type /Pages` tree above them. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('print briefing', () => {
	for (const { lens, path: where, ready, scope } of pages) {
		it(`prints the ${lens} page (${where}) as a briefing`, async () => {
			const { page } = session;
			await page.goto(`${baseUrl}${where}`);
			await page.locator(ready).waitFor({ timeout: 60_000 });
			const button = page.getByRole('button', { name: 'Print briefing' });
			await expect(button.isVisible()).resolves.toBe(true);
			const head = page.getByRole('region', { name: 'Briefing' });
			await expect(head.isVisible()).resolves.toBe(false);

			await page.emulateMedia({ media: 'print' });
			for (const chrome of [
				page.getByRole('navigation', { name: 'Main' }),
				page.getByRole('search'),
				page.getByRole('navigation', { name: 'Language' }),
				page.getByRole('link', { name: 'Skip to content' }),
				page.getByRole('contentinfo'),
				button
			]) {
				await expect(chrome.isVisible()).resolves.toBe(false);
			}
			await expect(page.getByRole('group', { name: 'Filters' }).filter({ visible: true }).count()).resolves.toBe(0);
			// Only the matrix cells (content, not controls) remain as buttons on paper.
			await expect(page.locator('button:not(.cell)').filter({ visible: true }).count()).resolves.toBe(0);

			await expect(head.isVisible()).resolves.toBe(true);
			const text = await head.innerText();
			expect(text).toContain('2010 Biodiversity Target');
			expect(text).toContain(englishDate(new Date()));
			expect(await head.locator('[data-print="version"]').innerText()).toMatch(new RegExp(`^(\\w+), built ${englishDate(manifest.built_at)}$`));
			if (manifest.sample) expect(text).toContain('Illustrative data, not real national reports.');
			const lines = await head
				.locator('dl > div')
				.evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent!.trim()])));
			expect(lines).toMatchObject(scope);
			expect(lines['This view online']).toBe(page.url());
			await expect(head.getByRole('link', { name: page.url() }).getAttribute('href')).resolves.toBe(page.url());

			const end = page.getByRole('region', { name: 'How status is scored' });
			await expect(end.isVisible()).resolves.toBe(true);
			const endText = await end.innerText();
			expect(endText).toContain(manifest.sources[0].name);
			expect(endText).toContain(page.url());

			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
			expect(session.consoleErrors).toEqual([]);
			expect(session.offOrigin).toEqual([]);
		});
	}

	it('lays the page out at paper width before opening the print dialog, and back after', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/countries/KEN/`);
		await page.locator('.country-view[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.evaluate(() => {
			const calls: string[] = [];
			Object.assign(window, { printCalls: calls });
			window.print = () => void calls.push(document.documentElement.className);
		});
		await page.getByRole('button', { name: 'Print briefing' }).click();
		await page.waitForFunction(() => (window as unknown as { printCalls: string[] }).printCalls.length === 1);
		const calls = await page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
		expect(calls[0]).toContain('print-layout');
		const width = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
		expect(Math.round(width)).toBe(688); // 210 mm − 2 × 14 mm at 96 px per inch
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await expect(page.locator('html.print-layout').count()).resolves.toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
