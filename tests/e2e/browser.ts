/**
 * Debian's Chromium driven by playwright-core. In a test file: one Chromium process per file (started on the first
 * `openBrowser`, closed after the file's last test) and a fresh incognito context per session, so every session
 * starts with no cookies, storage or HTTP cache without paying a browser launch each time. Outside vitest (the
 * bench): a Chromium of its own per session with a fresh profile folder, closed with it, so cold loads stay cold.
 * Records console errors and every request that leaves the page's origin, so tests can assert both are empty.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Response } from 'playwright-core';
import { afterAll } from 'vitest';

const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const LAUNCH = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS };

export interface Session {
	page: Page;
	context: BrowserContext;
	/** The fresh profile folder of this session's own browser (outside vitest only). */
	profile?: string;
	/** Console errors and warnings, and uncaught page errors. */
	consoleErrors: string[];
	offOrigin: string[];
	close(): Promise<void>;
}

const inVitest = Boolean(process.env.VITEST);
let shared: Promise<Browser> | null = null;
/** The one context of a test file's `openPage` sessions. */
let filePages: Promise<BrowserContext> | null = null;

// Registered while the test file that imports this module is collected: its Chromium ends with the file.
if (inVitest) {
	afterAll(async () => {
		const started = shared;
		shared = null;
		filePages = null;
		await (await started?.catch(() => null))?.close();
	});
}

async function newContext(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; profile?: string; close(): Promise<void> }> {
	if (inVitest) {
		const context = await (await (shared ??= chromium.launch(LAUNCH))).newContext({ viewport });
		return { context, close: () => context.close() };
	}
	const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, viewport });
	return {
		context,
		profile,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

export async function openBrowser(baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
	const { context, profile, close } = await newContext(viewport);
	const page = context.pages()[0] ?? (await context.newPage());
	return watched(baseUrl, page, context, close, profile);
}

/**
 * A session on a page of its own (its own init scripts, routes, viewport and listeners) in the one context of its
 * test file, so the HTTP and compiled-wasm caches stay warm from test to test: for the tests whose pages store
 * nothing (no storage, no cookies) that a later test could find. Outside vitest: a browser of its own, as
 * `openBrowser`.
 */
export async function openPage(baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
	if (!inVitest) return openBrowser(baseUrl, viewport);
	const context = await (filePages ??= newContext(viewport).then(({ context }) => context));
	const page = await context.newPage();
	await page.setViewportSize(viewport);
	return watched(baseUrl, page, context, () => page.close());
}

/** Records the page's console errors and the requests leaving the origin while the session is open. */
function watched(baseUrl: string, page: Page, context: BrowserContext, close: () => Promise<void>, profile?: string): Session {
	const consoleErrors: string[] = [];
	const offOrigin: string[] = [];
	const origin = new URL(baseUrl).origin;
	page.on('console', (message) => {
		// Warnings count too: a hydration mismatch is only a warning, yet it rebuilds the prerendered page.
		if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(String(error)));
	const request = (request: Request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
	};
	context.on('request', request);
	waitForHydration(page, origin);
	return {
		page,
		context,
		profile,
		consoleErrors,
		offOrigin,
		async close() {
			context.off('request', request);
			await close();
		}
	};
}

/**
 * A prerendered page shows its controls (and its `data-ready` views) before its script has hydrated them, and a
 * click or a choice made in between is lost. So `goto` and `reload` return once an app page has hydrated (the
 * root layout sets `html[data-hydrated]`), as a reader's first click would wait for a page that answers. Not for
 * a test that blocks the app's scripts (it routes `_app`) or acts before they run (`waitUntil: 'commit'`), nor
 * for a response that is not one of the site's HTML pages.
 */
function waitForHydration(page: Page, origin: string): void {
	let scriptsBlocked = false;
	const route = page.route.bind(page);
	page.route = ((url, handler, options) => {
		if (String(url).includes('_app')) scriptsBlocked = true;
		return route(url, handler, options);
	}) as Page['route'];
	const hydrated = async (response: Response | null, waitUntil?: string) => {
		const html = response?.url().startsWith(origin) && (response.headers()['content-type'] ?? '').startsWith('text/html');
		if (html && !scriptsBlocked && waitUntil !== 'commit') await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
		return response;
	};
	const goto = page.goto.bind(page);
	page.goto = (async (url, options) => hydrated(await goto(url, options), options?.waitUntil)) as Page['goto'];
	const reload = page.reload.bind(page);
	page.reload = (async (options) => hydrated(await reload(options), options?.waitUntil)) as Page['reload'];
}
