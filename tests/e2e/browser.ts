/**
 * Debian's Chromium driven by playwright-core, with a fresh profile per launch; records console errors
 * and every request that leaves the page's origin, so tests can assert both are empty.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface Session {
	page: Page;
	/** The fresh profile folder this browser runs with. */
	profile: string;
	context: BrowserContext;
	/** Console errors and warnings, and uncaught page errors. */
	consoleErrors: string[];
	offOrigin: string[];
	close(): Promise<void>;
}

export async function openBrowser(baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
	const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: FLAGS,
		viewport
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const consoleErrors: string[] = [];
	const offOrigin: string[] = [];
	const origin = new URL(baseUrl).origin;
	page.on('console', (message) => {
		// Warnings count too: a hydration mismatch is only a warning, yet it rebuilds the prerendered page.
		if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(String(error)));
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
	});
	return {
		page,
		profile,
		context,
		consoleErrors,
		offOrigin,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
