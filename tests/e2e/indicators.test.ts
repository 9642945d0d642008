/**
 * The indicator pages in Chromium, built from the real files of ../shared/data/real, or on a fresh clone from the
 * indicators shipped in data/real (the pipeline's default --real): the numbers in the table views equal indicator_values.parquet read
 * independently, the chosen countries and year live in the URL, and the page works at 375 px. Skipped, with
 * the reason, when the build has no real indicator data.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/schema';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');

function builtWithRealIndicators(): boolean {
	try {
		const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
		return manifest.tables.indicator_values !== undefined && manifest.sources.some((s) => s.kind === 'real' && s.name.startsWith('Red List Index'));
	} catch {
		return false;
	}
}

const REAL = builtWithRealIndicators();
if (!REAL)
	console.warn(
		`Skipping the indicator page tests: the build in ${dataDir} has no real indicator data (was it built with REAL_DATA_DIR='' or without data/real?).`
	);

const RLI = '/indicators/red_list_index/';
const SERIES = 'Red List Index (species survival) over time: the World and chosen countries';
let session: Session | undefined;
afterEach(async () => {
	await session?.close();
	session = undefined;
});

async function value(indicator: string, code: string, year: number): Promise<number> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const file = path.join(dataDir, 'indicator_values.parquet').replaceAll("'", "''");
		const reader = await connection.runAndReadAll(`SELECT value FROM read_parquet('${file}') WHERE indicator_id = $1 AND iso3 = $2 AND year = $3`, [
			indicator,
			code,
			year
		]);
		return reader.getRowsJS()[0][0] as number;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** A data table as its header cells and rows of cell texts. */
async function readTable(table: Locator): Promise<{ header: string[]; rows: string[][] }> {
	return table.evaluate((element) => ({
		header: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim()),
		rows: [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()))
	}));
}

async function seriesTable(s: Session) {
	const figure = s.page.getByRole('figure', { name: SERIES });
	const toggle = figure.getByRole('button', { name: 'Show data table' });
	if (await toggle.count()) await toggle.click();
	return readTable(figure.getByRole('table', { name: SERIES }));
}

const cell = (table: { header: string[]; rows: string[][] }, year: number, column: string) =>
	table.rows.find((row) => row[0] === String(year))?.[table.header.indexOf(column)];

const ready = (s: Session, view?: string) =>
	s.page.locator(view ? `[data-view="${view}"][data-ready="true"]` : '[data-ready="true"]').waitFor({ timeout: 60_000 });

describe.skipIf(!REAL)('indicator pages on the real data', () => {
	it('the index groups indicators by focal area and target, with the World’s latest value and direction', async () => {
		session = await openPage(baseUrl);
		await session.page.goto(`${baseUrl}/indicators/`);
		await expect(session.page.title()).resolves.toMatch(/Outcome indicators/);
		await expect(session.page.getByRole('heading', { level: 2, name: /^Focal area A:/ }).isVisible()).resolves.toBe(true);
		const rli = session.page
			.getByRole('listitem')
			.filter({ has: session.page.getByRole('link', { name: 'Red List Index (species survival)' }) })
			.first();
		await expect(rli.textContent()).resolves.toMatch(/World 2024: 0\.72[\s\S]*2010–2024: -0\.05 \(-6\.5%\) ▼ fall, unfavourable/);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('shows the World Red List Index of 2010 (0.77) in the table view, as in the Parquet, with a clean console', async () => {
		session = await openPage(baseUrl);
		await session.page.goto(`${baseUrl}${RLI}`);
		await ready(session);
		await expect(session.page.title()).resolves.toMatch(/^Red List Index \(species survival\)/);
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Red List Index (species survival)');
		const table = await seriesTable(session);
		expect(await value('red_list_index', 'WLD', 2010)).toBe(0.77);
		expect(cell(table, 2010, 'World')).toBe('0.77');
		expect(cell(table, 1993, 'World')).toBe('0.82');
		const series = session.page.getByRole('figure', { name: SERIES });
		await expect(series.getByRole('img', { name: SERIES }).isVisible()).resolves.toBe(true);
		await expect(series.textContent()).resolves.toMatch(/Source: BirdLife International & IUCN.*Real, published data\. Licence: CC BY 4\.0\. Cite as:/);
		await expect(session.page.getByText('2000–2010').first().isVisible()).resolves.toBe(true);
		await session.page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('ranks and maps countries only, never aggregates', async () => {
		session = await openPage(baseUrl);
		await session.page.goto(`${baseUrl}${RLI}?year=2010`);
		await ready(session, 'countries=;year=2010');
		const name = 'Red List Index (species survival) by country, 2010';
		const figure = session.page.getByRole('figure', { name });
		await figure.getByRole('button', { name: 'Show data table' }).click();
		const table = await readTable(figure.getByRole('table', { name }));
		const names = table.rows.map((row) => row[1]);
		expect(names).not.toContain('World');
		expect(names.some((n) => /\((UN|UN SDG|FAO)\)|income/i.test(n))).toBe(false);
		expect(table.rows[0]).toEqual(['1', expect.any(String), '1.00']);
		expect(table.rows.find((row) => row[1] === 'Brazil')?.[2]).toBe((await value('red_list_index', 'BRA', 2010)).toFixed(2));
	});

	it('keeps the chosen countries and year in the URL: reload and back restore the view', async () => {
		session = await openPage(baseUrl);
		const { page } = session;
		await page.goto(`${baseUrl}${RLI}?countries=BRA,KEN&year=2010`);
		await ready(session, 'countries=BRA,KEN;year=2010');
		await expect(page.getByLabel('Year of the map and ranking').inputValue()).resolves.toBe('2010');
		await expect(page.getByRole('button', { name: 'Remove Brazil' }).isVisible()).resolves.toBe(true);
		let table = await seriesTable(session);
		expect(table.header).toEqual(['Year', 'World', 'Brazil', 'Kenya']);
		expect(cell(table, 2010, 'Kenya')).toBe((await value('red_list_index', 'KEN', 2010)).toFixed(2));

		await page.getByLabel('Add a country').selectOption({ label: 'France' });
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await ready(session, 'countries=BRA,KEN,FRA;year=2010');
		expect(new URL(page.url()).searchParams.get('countries')).toBe('BRA,KEN,FRA');
		await page.getByLabel('Year of the map and ranking').selectOption('2015');
		await ready(session, 'countries=BRA,KEN,FRA;year=2015');
		expect(new URL(page.url()).searchParams.get('year')).toBe('2015');
		await expect(page.getByRole('figure', { name: 'Red List Index (species survival) by country, 2015' }).isVisible()).resolves.toBe(true);

		await page.reload();
		await ready(session, 'countries=BRA,KEN,FRA;year=2015');
		table = await seriesTable(session);
		expect(table.header).toEqual(['Year', 'World', 'Brazil', 'Kenya', 'France']);
		await page.goBack();
		await ready(session, 'countries=BRA,KEN,FRA;year=2010');
		await page.getByRole('button', { name: 'Remove Kenya' }).click();
		await ready(session, 'countries=BRA,FRA;year=2010');
		expect(new URL(page.url()).searchParams.get('countries')).toBe('BRA,FRA');
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('is usable 375 px wide: nothing wider than the screen, filters and charts on screen', async () => {
		session = await openPage(baseUrl, { width: 375, height: 800 });
		const { page } = session;
		await page.goto(`${baseUrl}${RLI}?countries=BRA`);
		await ready(session, 'countries=BRA;year=2024');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		for (const control of [page.getByLabel('Add a country'), page.getByLabel('Year of the map and ranking')]) {
			const box = (await control.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(375);
		}
		const img = page.getByRole('figure', { name: SERIES }).getByRole('img', { name: SERIES });
		expect((await img.boundingBox())!.width).toBeLessThanOrEqual(375);
		expect(session.consoleErrors).toEqual([]);
	});
});
