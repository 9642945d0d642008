/**
 * /sql/ on the built site in Chromium: the example queries give the numbers native DuckDB reads from the
 * pipeline's Parquet; refused statements fail with their message while no request leaves the origin; a query
 * past the time limit is interrupted and the page still answers; a shared link reproduces query and chart; a
 * million rows scroll; the editor is in no other page's JavaScript; axe finds nothing, at 1280 and 375 px.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSOLE_EXAMPLES } from '../../src/lib/queries/sql-console/examples';
import { CONSOLE_VIEWS, createViewSql } from '../../src/lib/queries/sql-console/views';
import type { Manifest } from '../../src/lib/schema';
import { TIME_LIMIT_MS } from '../../src/lib/sql-console/console-session';
import { startOtherOrigin, type OtherOrigin } from './other-origin';
import { axeViolations } from './axe';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');

/** The query on native DuckDB over the pipeline's Parquet, with the console's views: every value as text. */
async function native(sql: string): Promise<string[][]> {
	const manifest = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const [name, table] of Object.entries(manifest.tables))
			await connection.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${path.join(dataDir, table.file)}')`);
		for (const view of CONSOLE_VIEWS) await connection.run(createViewSql(view));
		const reader = await connection.runAndReadAll(sql);
		return reader.getRowsJS().map((row) => row.map((value) => (value === null ? '' : String(value))));
	} finally {
		connection.closeSync();
	}
}

const consoleUrl = (query?: string) => `${baseUrl}/sql/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;

async function settled(page: Page, outcome = 'rows'): Promise<void> {
	await page.locator(`.summary[data-state="${outcome}"]`).waitFor({ timeout: 90_000 });
}

async function openConsole(page: Page, query?: string, outcome = 'rows'): Promise<void> {
	await page.goto(consoleUrl(query));
	await page.locator('[data-editor="ready"]').waitFor({ timeout: 90_000 });
	await settled(page, outcome);
}

/** Types a query into the editor of the open console and runs it with the Run button. */
async function runTyped(page: Page, query: string): Promise<void> {
	await page.locator('.cm-content').fill(query);
	await page.getByRole('button', { name: 'Run', exact: true }).click();
}

async function downloadCsv(page: Page): Promise<string[][]> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^CSV \(/ }).click()]);
	const text = (await readFile((await file.path())!, 'utf8')).replace(/^\ufeff/, '');
	return parse(text) as string[][];
}

describe('the SQL console', () => {
	let session: Session;
	let other: OtherOrigin;
	let otherOrigin = '';
	beforeAll(async () => {
		other = await startOtherOrigin();
		otherOrigin = other.origin;
		session = await openBrowser(baseUrl);
	});
	afterAll(async () => {
		await session?.close();
		other?.close();
	});

	it.each(CONSOLE_EXAMPLES.map((example) => [example.id, example.sql]))(
		'example %s gives the numbers native DuckDB reads from the Parquet',
		async (id, sql) => {
			const { page } = session;
			// One console for all the examples: each click runs its query afresh (the summary says "running" from the
			// click until its own rows), so the rows below are that example's.
			if (!page.url().startsWith(consoleUrl())) await openConsole(page, '', 'idle');
			await page.locator(`[data-example="${id}"]`).click();
			await settled(page);
			expect(new URL(page.url()).searchParams.get('q')).toBe(sql);
			const [header, ...rows] = await downloadCsv(page);
			const expected = await native(sql);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows).toEqual(expected);
			expect(header.length).toBe(expected[0].length);
			await expect(page.locator('.summary').textContent()).resolves.toMatch(new RegExp(`^${rows.length.toLocaleString('en')} rows in [\\d.,]+ (ms|s)$`));
		},
		120_000
	);

	it('refuses each statement with its message, and no request leaves the origin', async () => {
		const { page } = session;
		const cases: [string, RegExp][] = [
			[`SELECT * FROM read_csv('${otherOrigin}/x.csv')`, /Reading files or URLs is not allowed/],
			// Past the up-front check (no quoted scheme): the locked engine refuses it.
			[`SELECT * FROM read_csv('http:' || '${otherOrigin.replace('http:', '')}/x.csv')`, /Reading files or URLs is not allowed[\s\S]*Permission Error/],
			['LOAD httpfs', /Loading extensions is not allowed/],
			['INSTALL httpfs', /Installing extensions is not allowed/],
			["ATTACH 'https://example.org/x.db' AS x", /Attaching or switching databases is not allowed/],
			["COPY (SELECT 1) TO 'x.csv'", /COPY, EXPORT and IMPORT are not allowed/],
			['SET autoload_known_extensions = true', /Changing settings \(SET, RESET\) is not allowed/],
			['PRAGMA enable_profiling', /PRAGMA and CALL are not allowed/],
			['DROP TABLE status', /Only queries that read are allowed/],
			['SELECT 1; DELETE FROM status', /One statement at a time/]
		];
		// The first case comes in the link, as a shared query would; the others are typed into that page and run (one
		// engine start, not ten). Each message differs from the one before, so the wait cannot take the last answer.
		const [[firstQuery, firstMessage], ...typed] = cases;
		await openConsole(page, firstQuery, 'refused');
		expect(await page.locator('.problem[data-outcome="refused"]').textContent(), firstQuery).toMatch(firstMessage);
		for (const [query, message] of typed) {
			await runTyped(page, query);
			await expect.poll(() => page.locator('.problem[data-outcome="refused"]').textContent(), { message: query, timeout: 90_000 }).toMatch(message);
		}
		// The dashboard's tables are untouched, and the engine that was sent the refused statements still reads them.
		await runTyped(page, 'SELECT count(*) AS n FROM status');
		await settled(page);
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/^1 row in/);
		expect(other.seen).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	}, 300_000);

	it("shows DuckDB's message with the position in the user's text", async () => {
		const { page } = session;
		await openConsole(page, 'SELECT iso3,\n  nope\nFROM countries', 'error');
		const message = await page.locator('.problem[data-outcome="error"] pre').textContent();
		expect(message).toMatch(/Binder Error: Referenced column "nope" not found/);
		expect(message).toMatch(/LINE 2:/);
	}, 120_000);

	it('interrupts a 10-million-row cross join at the time limit, and the page still answers', async () => {
		// A page of its own with Playwright's clock (it runs at normal speed, in this context only): once the cross join
		// runs, the clock jumps to just before the limit (still running), then past it, and the console's own
		// time-limit timer interrupts it, without waiting the limit out.
		const timed = await openBrowser(baseUrl);
		try {
			const { page } = timed;
			await page.clock.install();
			await openConsole(page, 'SELECT sum(a.range * b.range) AS s FROM range(10000000) a CROSS JOIN range(10000000) b', 'running');
			// The clock keeps running between the jumps: 5 s short of the limit leaves time to see it still running.
			await page.clock.fastForward(TIME_LIMIT_MS - 5_000);
			await page.waitForTimeout(500);
			await expect(page.locator('.summary').getAttribute('data-state'), 'still running before the limit').resolves.toBe('running');
			await page.clock.fastForward(5_000);
			await settled(page, 'cancelled');
			await expect(page.locator('.problem[data-outcome="cancelled"]').getAttribute('data-reason')).resolves.toBe('timeout');
			await runTyped(page, 'SELECT 42 AS answer');
			await settled(page);
			await expect(page.locator('.summary').textContent()).resolves.toMatch(/^1 row in/);
			expect(timed.consoleErrors).toEqual([]);
			expect(timed.offOrigin).toEqual([]);
		} finally {
			await timed.close();
		}
	}, 180_000);

	it('a shared link reproduces the query, its results and its chart', async () => {
		const query = CONSOLE_EXAMPLES[0].sql;
		const { page } = session;
		await openConsole(page, '', 'idle');
		await page.locator('.cm-content').fill(query);
		await page.keyboard.press('Control+Enter');
		await settled(page);
		const shared = page.url();
		expect(new URL(shared).searchParams.get('q')).toBe(query);
		const chart = async (p: Page) => ({
			summary: (await p.locator('.summary').textContent())!.replace(/in .*$/, ''),
			axes: await p
				.locator('[data-chart-x]')
				.evaluate((d) => [d.getAttribute('data-chart-x'), d.getAttribute('data-chart-y'), d.getAttribute('data-chart-color')]),
			marks: await p.locator('[data-chart-x] svg[aria-label] rect, [data-chart-x] svg[aria-label] circle').count()
		});
		const original = await chart(page);
		const other = await openBrowser(baseUrl);
		try {
			await other.page.goto(shared);
			await other.page.locator('[data-editor="ready"]').waitFor({ timeout: 90_000 });
			await settled(other.page);
			expect((await other.page.locator('.cm-content').innerText()).trim()).toBe(query);
			expect(await chart(other.page)).toEqual(original);
			expect(original.marks).toBeGreaterThan(0);
		} finally {
			await other.close();
		}
	}, 180_000);

	it('a million rows: counted, a few dozen in the page, and the last one reachable by scrolling', async () => {
		const { page } = session;
		await openConsole(page, 'SELECT range AS n, range % 7 AS k FROM range(1000000)');
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/^1,000,000 rows in/);
		expect(await page.locator('table[data-rows] tbody tr:not(.spacer)').count()).toBeLessThan(100);
		const region = page.getByRole('region', { name: 'Query results' });
		const took = await region.evaluate(async (box) => {
			const started = performance.now();
			box.scrollTop = box.scrollHeight;
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return performance.now() - started;
		});
		expect(took).toBeLessThan(1000);
		await expect(region.locator('tbody tr:not(.spacer) th').last().textContent()).resolves.toBe('1000000');
	}, 180_000);

	it.each([1280, 375])(
		'has no axe violations at %i px',
		async (width) => {
			const { page } = session;
			await page.setViewportSize({ width, height: 900 });
			await openConsole(page);
			expect(await axeViolations(page)).toEqual([]);
			await page.screenshot({ path: `/tmp/sql-console-${width}.png`, fullPage: true });
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		},
		180_000
	);

	// Once, not at each width: which scripts a page loads does not depend on the window's width.
	it('the editor is in no other page', async () => {
		const { page } = session;
		// Other pages' JavaScript carries no CodeMirror.
		const scripts: string[] = [];
		const onResponse = (response: { url(): string }) => response.url().endsWith('.js') && scripts.push(response.url());
		page.on('response', onResponse);
		for (const other of ['/', '/methodology/', '/download/']) {
			await page.goto(`${baseUrl}${other}`);
			await page.waitForLoadState('networkidle');
		}
		page.off('response', onResponse);
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of new Set(scripts)) expect(await (await fetch(script)).text(), script).not.toContain('cm-content');
	}, 180_000);

	it('no console errors, no request off the origin', () => {
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});
});
