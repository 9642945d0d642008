/**
 * A country's page in Chromium: reached from the overview, its matrix and its comparison with region and
 * world equal an independent computation from the Parquet, and every cell opens its evidence by keyboard.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const parquet = (table: string) => `read_parquet('${dataDir}/${table}.parquet')`;
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

const MATRIX = /^Status of .* by target and convention/;

/** For every country and convention: the cycle its page shows (the latest with a report, else the latest). */
const shownCyclesAll = `
	SELECT convention_id, cycle_id, iso3 FROM (
		SELECT c.convention_id, c.cycle_id, r.iso3, row_number() OVER (
			PARTITION BY c.convention_id, r.iso3 ORDER BY (r.submitted IS NOT NULL) DESC, c.year DESC, c.due DESC) AS pick
		FROM cycles c JOIN reports r USING (convention_id, cycle_id)
	) WHERE pick = 1`;

async function openCountry(iso3: string) {
	await session.page.goto(`${baseUrl}/countries/${iso3}/`);
	await session.page.locator('.country-view[data-ready="true"]').waitFor({ timeout: 60_000 });
}

/** Per convention: the latest cycle the country reported in, else the latest cycle (as the page says it shows). */
const shownCycles = (iso3: string) => `
	SELECT convention_id, cycle_id FROM (
		SELECT c.convention_id, c.cycle_id, row_number() OVER (
			PARTITION BY c.convention_id ORDER BY (r.submitted IS NOT NULL) DESC, c.year DESC, c.due DESC) AS pick
		FROM cycles c LEFT JOIN reports r ON r.cycle_id = c.cycle_id AND r.convention_id = c.convention_id AND r.iso3 = '${iso3}'
	) WHERE pick = 1`;

describe('country page', () => {
	it('is reached from the overview through the list of countries', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('.overview[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: 'Countries', exact: true }).last().click();
		await page.getByRole('link', { name: 'Kenya' }).click();
		await page.waitForURL(`${baseUrl}/countries/KEN/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kenya');
		await expect(page.title()).resolves.toBe('Kenya: memberships, reports and status by target');
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('its matrix equals status.parquet in each convention’s latest cycle with a report', async () => {
		const expected = await queryParquetFolder<{ name: string }>(
			dataDir,
			`WITH shown AS (${shownCycles('KEN')})
			SELECT c.short_name || ', target ' || replace(f.element_id, 't', '') || ': ' ||
				CASE WHEN s.score IS NULL AND s.n_questions = 0 THEN 'Not covered' WHEN s.score IS NULL THEN 'No data'
					ELSE (CASE WHEN s.score < 0.25 THEN 'Not started' WHEN s.score < 0.5 THEN 'Early stages'
						WHEN s.score < 0.75 THEN 'In progress' ELSE 'Advanced' END)
						|| ', score ' || printf('%.2f', round(s.score, 2)) || ', ' || s.n_scored || ' of ' || s.n_questions || ' questions scored' END AS name
			FROM shown JOIN conventions c USING (convention_id)
			CROSS JOIN (SELECT element_id FROM ${parquet('framework')} WHERE level = 'target') f
			LEFT JOIN status s ON s.convention_id = shown.convention_id AND s.cycle_id = shown.cycle_id
				AND s.iso3 = 'KEN' AND s.element_id = f.element_id`
		);
		await openCountry('KEN');
		const shown = await session.page
			.getByRole('grid', { name: MATRIX })
			.getByRole('button')
			.evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
		expect(shown.sort()).toEqual(expected.map((row) => row.name).sort());
	});

	it('sets its overall status next to its region and the world, with the countries behind each mean', async () => {
		const expected = await queryParquetFolder<{ row: string }>(
			dataDir,
			`WITH shown AS (${shownCycles('BRA')}),
			overall AS (SELECT convention_id, cycle_id, iso3, avg(score) AS score FROM status
				GROUP BY ALL HAVING count(score) > 0)
			SELECT c.short_name || ' | ' || coalesce(printf('%.2f', round(max(o.score) FILTER (WHERE o.iso3 = 'BRA'), 2)), '–') || ' | '
				|| printf('%.2f', round(avg(o.score) FILTER (WHERE k.region = 'Americas'), 2)) || ' '
				|| count(*) FILTER (WHERE k.region = 'Americas') || ' | '
				|| printf('%.2f', round(avg(o.score), 2)) || ' ' || count(*) AS row
			FROM shown JOIN conventions c USING (convention_id)
			JOIN overall o USING (convention_id, cycle_id) JOIN ${parquet('countries')} k ON k.iso3 = o.iso3
			GROUP BY c.short_name ORDER BY c.short_name`
		);
		await openCountry('BRA');
		const rows = await session.page
			.getByRole('table', { name: /^Overall status per convention/ })
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => {
					const cells = [...tr.children];
					const score = (cell: Element) => cell.querySelector('.score')?.textContent ?? '–';
					const count = (cell: Element) => cell.textContent?.match(/(\d+) countries/)?.[1] ?? '';
					return `${cells[0].firstChild?.textContent?.trim()} | ${score(cells[1])} | ${score(cells[2])} ${count(cells[2])} | ${score(cells[3])} ${count(cells[3])}`;
				})
			);
		expect(rows.toSorted()).toEqual(expected.map((r) => r.row));
	});

	it('opens the evidence of a cell by keyboard: questions, answers and scores, and closes with Escape', async () => {
		const { page } = session;
		const answers = await queryParquetFolder<{ row: string }>(
			dataDir,
			`SELECT a.question_id || ' ' || coalesce(printf('%.2f', round(a.score, 2)), 'n/a') AS row
			FROM ${parquet('responses')} a
			WHERE a.convention_id = 'cbd' AND a.cycle_id = 'cbd-4nr' AND a.iso3 = 'KEN' AND a.element_id = 't1.1'
			ORDER BY a.question_id`
		);
		const [status] = await queryParquetFolder<{ n_questions: number }>(
			dataDir,
			`SELECT n_questions FROM status WHERE cycle_id = 'cbd-4nr' AND iso3 = 'KEN' AND element_id = 't1.1'`
		);
		await openCountry('KEN');
		const cell = page.getByRole('button', { name: /^CBD, target 1\.1:/ });
		await cell.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Answers behind CBD, target 1.1: Kenya' });
		await dialog.locator('[data-testid="evidence"]').waitFor({ timeout: 60_000 });
		const rows = await dialog.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				const [question, , score] = [...tr.children].map((c) => c.textContent?.trim() ?? '');
				return { id: question.split(' ')[0], score };
			})
		);
		expect(rows).toHaveLength(status.n_questions);
		const answered = rows.filter((row) => row.score !== '–').map((row) => `${row.id} ${row.score.startsWith('not applicable') ? 'n/a' : row.score}`);
		expect(answered).toEqual(answers.map((a) => a.row));
		await expect(dialog.textContent()).resolves.toMatch(/Coverage: \d+ of \d+ questions scored/);
		await page.keyboard.press('Escape');
		await expect(dialog.isVisible()).resolves.toBe(false);
		await expect(cell.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	/** Cells without status, found in the data (the build may run on the sample's or the real memberships). */
	const reasons: [string, string][] = [
		[
			'not a party',
			`SELECT p.iso3, c.short_name AS convention, 't1.1' AS element, k.name || ' is not a party to ' || c.short_name AS reason
			FROM (SELECT DISTINCT iso3 FROM parties) p JOIN countries k USING (iso3) CROSS JOIN conventions c
			WHERE NOT EXISTS (SELECT 1 FROM parties q WHERE q.iso3 = p.iso3 AND q.convention_id = c.convention_id)
			ORDER BY p.iso3, c.convention_id LIMIT 1`
		],
		[
			'report not submitted',
			`SELECT r.iso3, c.short_name AS convention, 't1.1' AS element, k.name || ' did not submit its report for this cycle' AS reason
			FROM reports r JOIN conventions c USING (convention_id) JOIN countries k USING (iso3)
			GROUP BY ALL HAVING count(r.submitted) = 0 ORDER BY r.iso3, c.short_name LIMIT 1`
		],
		[
			'no question mapped',
			`WITH shown AS (${shownCyclesAll})
			SELECT s.iso3, c.short_name AS convention, s.element_id AS element,
				'no question of this cycle’s report format is mapped to target ' || replace(s.element_id, 't', '') AS reason
			FROM status s JOIN shown USING (convention_id, cycle_id, iso3) JOIN conventions c USING (convention_id)
			WHERE s.n_questions = 0 ORDER BY s.iso3, c.short_name, s.element_id LIMIT 1`
		]
	];

	it.each(reasons)('a cell without status says why: %s', async (what, query) => {
		const [found] = await queryParquetFolder<{ iso3: string; convention: string; element: string; reason: string }>(dataDir, query);
		if (!found) return console.warn(`no cell of this kind in the data: ${what}`);
		await openCountry(found.iso3);
		const code = found.element.replace('t', '').replaceAll('.', '\\.');
		await session.page.getByRole('button', { name: new RegExp(`^${found.convention}, target ${code}:`) }).click();
		const dialog = session.page.getByRole('dialog');
		await dialog.locator('[data-testid="evidence"]').waitFor({ timeout: 60_000 });
		await expect(dialog.textContent()).resolves.toContain(found.reason);
	});

	it("loads the country's responses before a cell is opened: once the page is idle, or when a cell is pointed at", async () => {
		const { page } = session;
		// Listening from before the page loads: the idle prefetch may come before the pointer.
		const responses = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/data/responses/KEN.parquet'), { timeout: 60_000 });
		await openCountry('KEN');
		await page.getByRole('button', { name: /^CBD, target 1\.1:/ }).hover();
		await responses;
		await expect(page.getByRole('dialog').count()).resolves.toBe(0);
	});

	it("opening the evidence reads that country's responses file, not the whole responses.parquet", async () => {
		const { page } = session;
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await openCountry('KEN');
		await page.getByRole('button', { name: /^CBD, target 1\.1:/ }).click();
		await page.getByRole('dialog').locator('[data-testid="evidence"]').waitFor({ timeout: 60_000 });
		const responsesFiles = requested.filter((pathname) => /\/data\/responses[/.]/.test(pathname));
		expect(responsesFiles.map((pathname) => pathname.replace(/^.*\/data\//, ''))).toEqual(['responses/KEN.parquet']);
		expect(session.consoleErrors).toEqual([]);
	});

	it('links its convention columns and target rows to those pages', async () => {
		await openCountry('KEN');
		const matrix = session.page.getByRole('grid', { name: MATRIX });
		await expect(matrix.getByRole('link', { name: 'CBD' }).getAttribute('href')).resolves.toMatch(/conventions\/cbd\/$/);
		await expect(matrix.getByRole('link', { name: /^1\.1 / }).getAttribute('href')).resolves.toMatch(/targets\/t1\.1\/$/);
	});

	it('fits a 375 px screen without sideways page scroll, evidence included', async () => {
		await session.close();
		session = await openPage(baseUrl, { width: 375, height: 800 });
		await openCountry('BRA');
		const overflow = () => session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		await expect(overflow()).resolves.toBe(0);
		await session.page.getByRole('button', { name: /^CBD, target 1\.2:/ }).click();
		await session.page.getByRole('dialog').locator('[data-testid="evidence"]').waitFor({ timeout: 60_000 });
		await expect(overflow()).resolves.toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
