/**
 * The Content-Security-Policy of the prerendered pages, in Chromium: every kind of page carries it, loads under
 * it (the engine starts, charts draw, the downloads work, embed mode and print too) without a single violation,
 * and it is really enforced (an injected inline script is refused).
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
	// Runs before the page's scripts (and outside its policy): records every violation the page reports.
	await session.page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
	});
});
afterEach(() => session.close());

const violations = () => session.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function policy(): Promise<string> {
	return (await session.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

/** Clicks the first chart's three downloads and returns the files' names. */
async function exportFirstChart(): Promise<string[]> {
	const { page } = session;
	const names: string[] = [];
	for (const kind of ['CSV', 'SVG', 'PNG']) {
		const button = page.getByRole('button', { name: new RegExp(`as ${kind}$`) }).first();
		const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect((await file.path()) !== null).toBe(true);
		names.push(file.suggestedFilename());
	}
	return names;
}

const PAGES: { name: string; path: string; engine: boolean }[] = [
	{ name: 'overview', path: '/', engine: true },
	{ name: 'convention', path: '/conventions/cbd/', engine: true },
	{ name: 'country', path: '/countries/KEN/', engine: false },
	{ name: 'target', path: '/targets/t6.1/?region=Africa', engine: true }
];

describe('Content-Security-Policy', () => {
	for (const { name, path, engine } of PAGES) {
		it(`${name} page: loads, the engine starts, charts draw and export, with no violation`, async () => {
			const { page } = session;
			await page.goto(`${baseUrl}${path}`);
			expect(await policy()).toMatch(/default-src 'self'.*connect-src 'self'.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			if (engine) await page.locator('[data-engine="ready"][data-ready="true"]').first().waitFor({ timeout: 60_000 });
			await expect(page.locator('figure.chart svg').count()).resolves.toBeGreaterThan(0);
			await expect(exportFirstChart()).resolves.toEqual([expect.stringMatching(/\.csv$/), expect.stringMatching(/\.svg$/), expect.stringMatching(/\.png$/)]);
			await expect(violations()).resolves.toEqual([]);
			expect(session.consoleErrors).toEqual([]);
			expect(session.offOrigin).toEqual([]);
		});
	}

	it('embed mode (?embed=<chart-id>): the inline script runs under the policy, the chart shows alone', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?embed=reporting-rate&region=Africa`);
		await expect(page.locator('html').getAttribute('data-embed')).resolves.toBe('reporting-rate');
		await page.locator('[data-engine="ready"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('#reporting-rate svg').first().isVisible()).resolves.toBe(true);
		await expect(violations()).resolves.toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});

	it('print view: the briefing lays out for paper with no violation', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/t6.1/`);
		await page.locator('[data-engine="ready"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.evaluate(() => {
			window.print = () => {};
		});
		await page.getByRole('button', { name: 'Print briefing' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.print-head').isVisible()).resolves.toBe(true);
		await expect(violations()).resolves.toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});

	it('is enforced: an injected inline script does not run and is reported', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await new Promise((done) => setTimeout(done, 100));
			return (window as unknown as { injected?: boolean }).injected === true;
		});
		expect(ran).toBe(false);
		await expect(violations()).resolves.toEqual([expect.stringMatching(/^script-src-elem inline/)]);
	});
});
