/**
 * The built target pages in Chromium, read by role and accessible name: reachable from the overview,
 * numbers equal to an independent computation from the Parquet, filters kept in the URL, usable at 375 px.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { waitUntilReady } from './ready';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

// One browser context for the whole file (these pages store nothing): its HTTP and compiled-wasm caches stay warm from
// test to test. Measured: 8 loads of lens pages took 40 s of CPU in fresh contexts, 31 s in one.
beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

/** Native DuckDB straight on the Parquet files: the page's numbers computed another way. */
async function fromParquet<T>(sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const table of ['status', 'cycles', 'conventions', 'framework', 'questions', 'crosswalk', 'responses', 'countries']) {
			await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${dataDir}/${table}.parquet')`);
		}
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
	}
}

const ready = (view = 'all/latest/all') => session.page.locator(`[data-view="${view}"][data-ready="true"]`).waitFor({ timeout: 60_000 });
const STATUS_TITLE = 'Status by convention and reporting cycle';
const statusFigure = () => session.page.getByRole('figure', { name: STATUS_TITLE });
/** The chart's data table (hidden until "Show data table"; its numbers are in the page either way). */
const statusTable = () => statusFigure().getByRole('table', { name: STATUS_TITLE, includeHidden: true });

async function statusRows(): Promise<string[]> {
	return statusTable()
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' | ')));
}

/** Each convention's cycles, with the element's status by rule 3 over the countries of `region`. */
async function expectedStatusRows(element: string, region: string | null): Promise<string[]> {
	const inRegion = region ? `AND iso3 IN (SELECT iso3 FROM countries WHERE region = '${region}')` : '';
	const rows = await fromParquet<{ row: string }>(`
		WITH targets AS (
			SELECT t.element_id, t.parent_id AS goal FROM framework t LEFT JOIN framework g ON g.element_id = t.parent_id
			WHERE t.level = 'target' AND '${element}' IN (t.element_id, t.parent_id, g.parent_id)),
		s AS (SELECT * FROM status WHERE true ${inRegion}),
		per_target AS (
			SELECT convention_id, cycle_id, goal, element_id, avg(score) AS score FROM s JOIN targets USING (element_id)
			WHERE score IS NOT NULL GROUP BY ALL),
		per_goal AS (SELECT convention_id, cycle_id, goal, avg(score) AS score FROM per_target GROUP BY ALL),
		rolled AS (SELECT convention_id, cycle_id, avg(score) AS score FROM per_goal GROUP BY ALL),
		countries AS (
			SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM s JOIN targets USING (element_id)
			WHERE score IS NOT NULL GROUP BY ALL),
		reports AS (SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM s GROUP BY ALL),
		asked AS (
			SELECT q.convention_id, q.cycle_id, count(*) AS n FROM questions q
			JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id
			WHERE x.element_id IN (SELECT element_id FROM targets) GROUP BY ALL)
		SELECT v.short_name || ' | ' || c.label || ' | ' || c.year || ' | ' ||
			CASE WHEN r.score IS NULL AND a.n IS NULL THEN '∅ Not covered' WHEN r.score IS NULL THEN '– No data' WHEN r.score < 0.25 THEN '○ Not started' WHEN r.score < 0.5 THEN '◔ Early stages'
				WHEN r.score < 0.75 THEN '◑ In progress' ELSE '● Advanced' END || ' | ' ||
			coalesce(printf('%.2f', r.score), '–') || ' | ' || coalesce(n.n, 0) || ' | ' || coalesce(p.n, 0) AS row
		FROM cycles c JOIN conventions v USING (convention_id)
		LEFT JOIN rolled r USING (convention_id, cycle_id) LEFT JOIN countries n USING (convention_id, cycle_id)
		LEFT JOIN reports p USING (convention_id, cycle_id) LEFT JOIN asked a USING (convention_id, cycle_id)
		ORDER BY c.convention_id, c.year, c.due`);
	return rows.map((r) => r.row);
}

describe('target page', () => {
	it('is reachable from the overview through the Targets index, with a clean console and no off-origin request', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
		await page.getByRole('heading', { level: 1, name: 'Targets of the 2010 framework' }).waitFor();
		await page.getByRole('link', { name: /^Target 6\.1:/ }).click();
		await page.waitForURL(`${baseUrl}/targets/t6.1/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Target 6\.1: /);
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(crumbs.getByRole('link').allTextContents()).resolves.toEqual(['Overview', 'Targets', 'Focal area C', 'Goal 6']);
		await expect(crumbs.locator('[aria-current="page"]').textContent()).resolves.toBe('Target 6.1');
		await expect(page.title()).resolves.toMatch(/Target 6\.1/);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('is found by the header search with the keyboard only', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('[role="search"][data-search-ready="true"]').waitFor();
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.focus();
		await page.keyboard.type('invasive');
		const listbox = page.getByRole('listbox', { name: 'Search results' });
		await expect(listbox.getByRole('option').first().textContent()).resolves.toMatch(/Goal 6/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(search.getAttribute('aria-activedescendant')).resolves.toBe(await listbox.getByRole('option').nth(1).getAttribute('id'));
		await expect(listbox.getByRole('option', { selected: true }).textContent()).resolves.toMatch(/Target 6\.1/);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/targets/t6.1/`);
		await page.getByRole('heading', { level: 1, name: /^Target 6\.1:/ }).waitFor();

		await search.focus();
		await page.keyboard.type('2.1');
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
		await page.keyboard.press('Escape');
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
		await page.keyboard.press('Escape');
		await expect(search.inputValue()).resolves.toBe('');
		await page.keyboard.type('4.1');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/targets/t4.1/`);
		expect(session.consoleErrors).toEqual([]);
	});

	it.each(['t1.1', 'g1', 'fa3'])('%s: status by convention and cycle equals the rule applied to status.parquet', async (element) => {
		await session.page.goto(`${baseUrl}/targets/${element}/`);
		await ready();
		expect(await statusRows()).toEqual(await expectedStatusRows(element, null));
	});

	it('crosswalk answer counts equal responses.parquet (t1.1, CBD latest cycle)', async () => {
		const expected = await fromParquet<{ row: string }>(`
			WITH mapped AS (
				SELECT DISTINCT q.question_id, q.text FROM questions q JOIN crosswalk x USING (convention_id, question_id)
				WHERE q.convention_id = 'cbd' AND q.cycle_id = 'cbd-4nr' AND x.element_id = 't1.1'),
			answers AS (
				SELECT question_id, answer, count(DISTINCT iso3) AS n FROM responses
				WHERE convention_id = 'cbd' AND cycle_id = 'cbd-4nr' GROUP BY ALL),
			reports AS (SELECT count(DISTINCT iso3) AS n FROM status WHERE cycle_id = 'cbd-4nr')
			SELECT m.question_id || ' ' || (SELECT n FROM reports) || ' ' ||
				string_agg(a.answer || '=' || a.n, ',' ORDER BY a.answer) AS row
			FROM mapped m JOIN answers a USING (question_id) GROUP BY m.question_id`);
		const { page } = session;
		await page.goto(`${baseUrl}/targets/t1.1/`);
		await ready();
		const name = /^Answers in CBD, Fourth national report/;
		const figure = page.getByRole('figure', { name });
		await figure.getByRole('button', { name: 'Show data table' }).click();
		const shown = await figure
			.getByRole('table', { name })
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) => {
					const cells = [...row.children].map((cell) => cell.textContent!.trim());
					const counts = [...`${cells[2]}; ${cells[3]}`.matchAll(/\((\w+)\): (\d+)/g)]
						.filter((match) => match[2] !== '0')
						.map((match) => `${match[1]}=${match[2]}`)
						.sort();
					return `${cells[0]} ${cells[5]} ${counts.join(',')}`;
				})
			);
		expect(shown.sort()).toEqual(expected.map((r) => r.row).sort());
		expect(shown.length).toBeGreaterThan(0);
	});

	it('keeps convention, cycle and region in the URL: reload, back and forward restore the view', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/t1.1/?convention=cbd&cycle=cbd-3nr&region=Europe`);
		await ready('cbd/cbd-3nr/Europe');
		const europe = await statusRows();
		expect(europe).toEqual((await expectedStatusRows('t1.1', 'Europe')).filter((row) => row.startsWith('CBD')));
		await expect(page.getByLabel('Convention', { exact: true }).inputValue()).resolves.toBe('cbd');
		await expect(page.getByLabel('Reporting cycle', { exact: true }).inputValue()).resolves.toBe('cbd-3nr');
		await expect(page.getByLabel('Region', { exact: true }).inputValue()).resolves.toBe('Europe');
		const summary = await page.getByRole('region', { name: 'Summary' }).textContent();
		expect(summary).toMatch(/Under CBD \(Third national report\), \d+ of \d+ reporting parties in Europe are in progress or advanced on target 1\.1\./);

		await page.reload();
		await ready('cbd/cbd-3nr/Europe');
		expect(await statusRows()).toEqual(europe);
		await expect(page.getByRole('region', { name: 'Summary' }).textContent()).resolves.toBe(summary);

		await page.getByLabel('Region', { exact: true }).selectOption('Africa');
		await ready('cbd/cbd-3nr/Africa');
		expect(new URL(page.url()).searchParams.get('region')).toBe('Africa');
		await page.getByLabel('Convention', { exact: true }).selectOption('');
		await ready('all/latest/Africa');
		expect(new URL(page.url()).search).toBe('?region=Africa');
		await expect(page.getByLabel('Reporting cycle', { exact: true }).count()).resolves.toBe(0);

		await page.goBack();
		await ready('cbd/cbd-3nr/Africa');
		await page.goBack();
		await ready('cbd/cbd-3nr/Europe');
		expect(await statusRows()).toEqual(europe);
		await expect(page.getByLabel('Region', { exact: true }).inputValue()).resolves.toBe('Europe');
		await page.goForward();
		await ready('cbd/cbd-3nr/Africa');
		expect(session.consoleErrors).toEqual([]);
	});

	/** Countries advanced on target 1.1 in a convention's cycle, from the Parquet. */
	const advancedIn = async (convention: string, cycle: string) =>
		(
			await fromParquet<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM status WHERE convention_id = '${convention}' AND cycle_id = '${cycle}' AND element_id = 't1.1' AND status = 'advanced'`
			)
		)[0].n;
	/** The map key's count of advanced countries. */
	const advancedOnMap = async () =>
		Number(
			(
				await session.page
					.getByRole('list', { name: 'Map key (number of countries)' })
					.getByRole('listitem')
					.filter({ hasText: 'Advanced' })
					.locator('.count')
					.textContent()
			)?.replace(/\D/g, '')
		);

	it('a click on a bar selects that convention and cycle; the chart offers its table, CSV, SVG and PNG', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/t1.1/`);
		await ready();
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		// Before: the map shows the first convention (CBD) in its latest cycle.
		const [cbd] = await fromParquet<{ cycle_id: string }>(`SELECT cycle_id FROM cycles WHERE convention_id = 'cbd' ORDER BY year DESC, due DESC LIMIT 1`);
		await expect(advancedOnMap()).resolves.toBe(await advancedIn('cbd', cbd.cycle_id));
		await page.locator('rect[data-key="cms/cms-cop9"]').last().click();
		await ready('cms/cms-cop9/all');
		expect(new URL(page.url()).searchParams.get('convention')).toBe('cms');
		await expect(statusTable().locator('tbody tr').count()).resolves.toBe(3);
		await expect(page.getByRole('heading', { level: 3, name: /^Answers in CMS, National report to COP9/ }).isVisible()).resolves.toBe(true);
		const map = page.getByRole('figure', { name: /^Status of target 1\.1 by country: CMS, National report to COP9/ });
		await expect(map.getByRole('group', { name: /^Status of target 1\.1 by country/ }).isVisible()).resolves.toBe(true);
		// The map is recoloured by CMS in that cycle: its key counts CMS's statuses on target 1.1.
		await expect.poll(advancedOnMap).toBe(await advancedIn('cms', 'cms-cop9'));
		await page.getByLabel('Reporting cycle', { exact: true }).selectOption('cms-cop10');
		await ready('cms/cms-cop10/all');
		const figure = statusFigure();
		for (const format of ['CSV', 'SVG', 'PNG']) {
			const name = format === 'CSV' ? `Download the data of “${STATUS_TITLE}” as CSV` : `Download “${STATUS_TITLE}” as ${format}`;
			await expect(figure.getByRole('button', { name }).isVisible()).resolves.toBe(true);
		}
		await figure.getByRole('button', { name: 'Show data table' }).click();
		await expect(figure.getByRole('table', { name: STATUS_TITLE }).isVisible()).resolves.toBe(true);
		await expect(figure.getByRole('img', { name: STATUS_TITLE }).getAttribute('aria-description')).resolves.toMatch(
			/^Under CMS \(National report to COP10 \(Bergen, 2011\)\), \d+ of \d+ reporting parties are in progress or advanced on target 1\.1\./
		);
		await expect(page.getByLabel('Reporting cycle', { exact: true }).inputValue()).resolves.toBe('cms-cop10');
		expect(session.consoleErrors).toEqual([]);
	});

	it('prerendered numbers equal what DuckDB gives in the browser', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/g2/`);
		const prerendered = await statusRows();
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.getByLabel('Region', { exact: true }).selectOption('Asia');
		await ready('all/latest/Asia');
		expect(await statusRows()).not.toEqual(prerendered);
		await page.getByLabel('Region', { exact: true }).selectOption('');
		await ready('all/latest/all');
		expect(await statusRows()).toEqual(prerendered);
	});

	/**
	 * For each convention of the crosswalk: the reports its bars are titled with ("… of 40 reports"), those of its
	 * data table and those its counts line gives, as `bars | table | line` (the line follows the filter at once).
	 */
	const crosswalkReports = () =>
		session.page.locator('.crosswalk [data-convention]:has(figure)').evaluateAll((blocks) =>
			blocks.map((block) => {
				const unique = (values: (string | undefined)[]) => [...new Set(values)].sort().join(',');
				const bars = [...block.querySelectorAll('svg rect > title')].map((title) => / of ([\d,]+) reports/.exec(title.textContent!)?.[1]);
				const table = [...block.querySelectorAll('table tbody tr')].map((row) => row.lastElementChild!.textContent!.trim());
				const line = /([\d,]+) reports? submitted/.exec(block.querySelector('.counts')!.textContent!)?.[1];
				return [unique(bars), unique(table), line].join(' | ');
			})
		);
	const agrees = (row: string) => new Set(row.split(' | ')).size === 1;

	it('crosswalk charts off screen show the region once scrolled to, and every one is drawn for print (fa3)', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/targets/fa3/`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.getByLabel('Region', { exact: true }).selectOption('Africa');
		await ready('all/latest/Africa');
		await expect(crosswalkReports().then((rows) => rows.length)).resolves.toBeGreaterThan(1);
		await page.emulateMedia({ media: 'print' });
		await expect.poll(async () => (await crosswalkReports()).every(agrees)).toBe(true);
		await page.emulateMedia({ media: 'screen' });

		await page.getByLabel('Region', { exact: true }).selectOption('Europe');
		await ready('all/latest/Europe');
		for (const figure of await page.locator('.crosswalk figure').all()) await figure.scrollIntoViewIfNeeded();
		await expect.poll(async () => (await crosswalkReports()).every(agrees)).toBe(true);
		expect(session.consoleErrors).toEqual([]);
	});
});

describe('at 375 px wide', () => {
	it.each(['/targets/fa1/', '/targets/t1.1/?convention=ramsar', '/targets/'])('%s has no horizontal page scroll', async (path) => {
		const { page } = session;
		// Narrow before the page loads, as a phone would be from the start.
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(`${baseUrl}${path}`);
		await waitUntilReady(page, path);
		if (path.includes('?')) await ready('ramsar/latest/all');
		// The search answers once hydrated: its list open is what must not widen the page.
		await page.locator('[role="search"][data-search-ready="true"]').waitFor();
		await page.getByRole('combobox', { name: 'Search' }).fill('new');
		expect(await page.evaluate(() => window.innerWidth)).toBe(375);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});
});
