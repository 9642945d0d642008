/**
 * Share and embed in Chromium: "Copy link" puts the current view's address in the clipboard (and falls back
 * to a selected field without the Clipboard API); a chart's "Share / Embed" gives its link and iframe code;
 * `?embed=<chart-id>` shows that chart alone (from the first paint, in every language, with filters, inside
 * a real iframe) with its source line and a link back, with no axe violation.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/lib/i18n/fr';
import { axeViolations } from './axe';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
const title = 'Reporting rate by convention and cycle';
// Stable across languages: the page gives the chart its id.
const chartId = 'reporting-rate';
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
	await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterEach(() => session.close());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const engineReady = (page: Page) => page.locator('[data-engine="ready"]').first().waitFor({ state: 'attached', timeout: 60_000 });

function expectCleanSession() {
	expect(session.consoleErrors).toEqual([]);
	expect(session.offOrigin).toEqual([]);
}

/** What an embed page shows: its visible figures, headings and navigation. */
async function embedShows(page: Page) {
	const figures = page.getByRole('figure');
	return {
		figures: await figures.count(),
		navigation: await page.getByRole('navigation').count(),
		banner: await page.getByRole('banner').count(),
		contentinfo: await page.getByRole('contentinfo').count(),
		headings: await page.getByRole('heading').allInnerTexts()
	};
}

describe('copy link', () => {
	it('copies the current view with its filters and says so', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?region=Africa`);
		await engineReady(page);
		await page.getByRole('button', { name: 'Copy link to this view' }).click();
		await page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' }).waitFor();
		await expect(clipboard(page)).resolves.toBe(`${baseUrl}/?region=Africa`);
		expectCleanSession();
	});

	it('keeps the language path and the #chart of a French page', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/fr/?region=Europe#${chartId}`);
		// The prerendered button does nothing until the page has hydrated: wait, as a reader's click would.
		await engineReady(page);
		await page.getByRole('button', { name: fr['share.copyView'] }).click();
		await page.getByRole('status').filter({ hasText: fr['share.copied'] }).waitFor();
		await expect(clipboard(page)).resolves.toBe(`${baseUrl}/fr/?region=Europe#${chartId}`);
	});

	it('without the Clipboard API shows the link selected in a field', async () => {
		const { page } = session;
		await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
		await page.goto(`${baseUrl}/conventions/cbd/?region=Asia`);
		await engineReady(page);
		await page.getByRole('button', { name: 'Copy link to this view' }).click();
		const field = page.getByRole('textbox', { name: 'Link to this view' });
		await expect(field.inputValue()).resolves.toBe(`${baseUrl}/conventions/cbd/?region=Asia`);
		await expect(field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionEnd! - input.selectionStart!])).resolves.toEqual(
			[true, `${baseUrl}/conventions/cbd/?region=Asia`.length]
		);
		await page.getByRole('status').filter({ hasText: 'Could not copy automatically' }).waitFor();
	});
});

describe('share / embed disclosure', () => {
	it('gives the chart link and an iframe with the embed URL, and copies it', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?region=Africa`);
		await engineReady(page);
		const figure = page.getByRole('figure', { name: title });
		await expect(figure.getAttribute('id')).resolves.toBe(chartId);
		const toggle = figure.getByRole('button', { name: `Share / Embed: ${title}` });
		await toggle.click();
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
		const panel = figure.getByRole('group', { name: `Share or embed “${title}”` });
		await expect(panel.getByRole('textbox', { name: 'Link to this chart' }).inputValue()).resolves.toBe(`${baseUrl}/?region=Africa#${chartId}`);
		const snippet = await panel.getByRole('textbox', { name: /Embed code/ }).inputValue();
		expect(snippet).toMatch(
			new RegExp(
				`^<iframe src="${baseUrl}/\\?embed=${chartId}&amp;region=Africa" title="${title} — 2010 Biodiversity Target" width="100%" height="\\d+" loading="lazy"[^>]*></iframe>$`
			)
		);
		await panel.getByRole('button', { name: `Copy embed code of “${title}”` }).click();
		await panel.getByRole('status').filter({ hasText: 'Embed code copied to the clipboard.' }).waitFor();
		await expect(clipboard(page)).resolves.toBe(snippet);
		await panel.getByRole('button', { name: `Copy link to “${title}”` }).click();
		await panel.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' }).waitFor();
		await expect(clipboard(page)).resolves.toBe(`${baseUrl}/?region=Africa#${chartId}`);
		await page.screenshot({ path: '/tmp/share-disclosure.png' });
		expect(await axeViolations(page)).toEqual([]);
		expectCleanSession();
	});
});

describe('embed mode', () => {
	it('shows only the chart, its title, source line and a link back', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?embed=${chartId}`);
		await engineReady(page);
		const shown = await embedShows(page);
		expect(shown).toMatchObject({ figures: 1, navigation: 0, banner: 0, contentinfo: 0 });
		expect(shown.headings).toContain(title);
		const figure = page.getByRole('figure', { name: title });
		await expect(figure.getByRole('img', { name: title }).isVisible()).resolves.toBe(true);
		await expect(figure.getByText(/^Source: .* · Data version .* \(Sample data\)$/).isVisible()).resolves.toBe(true);
		const back = figure.getByRole('link', { name: 'View on the dashboard (opens in a new tab)' });
		await expect(back.getAttribute('href')).resolves.toBe(`${baseUrl}/#${chartId}`);
		await expect(back.getAttribute('target')).resolves.toBe('_blank');
		await expect(page.getByRole('button', { name: /^Download/ }).count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expectCleanSession();
	});

	it('hides the rest of the page before any script of the app runs', async () => {
		const { page } = session;
		await page.route('**/_app/**', (route) => route.abort());
		await page.goto(`${baseUrl}/?embed=${chartId}`);
		await expect(embedShows(page)).resolves.toMatchObject({ figures: 1, navigation: 0, banner: 0 });
		await expect(page.getByRole('link', { name: /View on the dashboard/ }).isVisible()).resolves.toBe(true);
	});

	it('works on a French page, with the same chart id as in English', async () => {
		const { page } = session;
		const id = chartId;
		await page.goto(`${baseUrl}/fr/?embed=${id}`);
		await engineReady(page);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		await expect(embedShows(page)).resolves.toMatchObject({ figures: 1, navigation: 0 });
		const back = page.getByRole('figure').getByRole('link', { name: new RegExp(fr['embed.viewOnDashboard']) });
		await expect(back.getAttribute('href')).resolves.toBe(`${baseUrl}/fr/#${id}`);
		expectCleanSession();
	});

	it('keeps the filters of the view, says them, and links back to the same view', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?embed=${chartId}&region=Africa`);
		await page.locator('[data-ready="true"][data-view="Africa"]').waitFor({ state: 'attached', timeout: 60_000 });
		await expect(embedShows(page)).resolves.toMatchObject({ figures: 1, navigation: 0 });
		const figure = page.getByRole('figure', { name: title });
		await expect(figure.getByText('Filtered view: Region: Africa').isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: /View on the dashboard/ }).getAttribute('href')).resolves.toBe(`${baseUrl}/?region=Africa#${chartId}`);
		expect(await axeViolations(page)).toEqual([]);
		expectCleanSession();
	});

	it('says so when the page has no chart with that id', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?embed=no-such-chart`);
		await page.getByText('The chart “no-such-chart” is not on this page.').waitFor();
		await expect(page.getByRole('link', { name: 'Open the page (opens in a new tab)' }).getAttribute('href')).resolves.toBe(`${baseUrl}/`);
		await expect(embedShows(page)).resolves.toMatchObject({ figures: 0, navigation: 0 });
	});

	it.each([600, 375])('renders inside an iframe on a host page at %i px without scroll bars', async (width) => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		// The prerendered button does nothing until the page has hydrated (the prerendered view already says
		// data-ready): wait for the engine, which only the hydrated page starts.
		await engineReady(page);
		const figure = page.getByRole('figure', { name: title });
		await figure.getByRole('button', { name: `Share / Embed: ${title}` }).click();
		const snippet = await figure.getByRole('textbox', { name: /Embed code/ }).inputValue();
		await page.setViewportSize({ width: width + 40, height: 900 });
		await page.setContent(`<!doctype html><html lang="en"><head><title>Host page</title></head>
			<body style="margin: 20px; font-family: sans-serif"><main><h1>A partner's page</h1>${snippet}<p>Text after the frame.</p></main></body></html>`);
		const frame = page.frameLocator('iframe');
		await frame.locator('[data-engine="ready"]').first().waitFor({ state: 'attached', timeout: 60_000 });
		await expect(frame.getByRole('figure', { name: title }).getByRole('img', { name: title }).isVisible()).resolves.toBe(true);
		await expect(frame.getByRole('navigation').count()).resolves.toBe(0);
		await expect(frame.getByRole('link', { name: /View on the dashboard/ }).isVisible()).resolves.toBe(true);
		const scroll = await frame.locator('html').evaluate((html) => ({
			vertical: html.scrollHeight > html.clientHeight,
			horizontal: html.scrollWidth > html.clientWidth,
			width: html.clientWidth
		}));
		expect(scroll).toEqual({ vertical: false, horizontal: false, width });
		await page.screenshot({ path: `/tmp/share-iframe-${width}.png`, fullPage: true });
		expectCleanSession();
	});
});
