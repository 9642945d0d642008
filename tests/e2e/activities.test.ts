/**
 * The agencies' activities lens in Chromium: in the header, filters kept in the URL through reload and back,
 * the "thin support" table equal to an independent computation from the Parquet (goals and focal areas expanded
 * here again, status from element_status), activities listed on the target page, 375 px, axe in three languages.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

// One browser context for the whole file (these pages store nothing): its HTTP and compiled-wasm caches stay warm from
// test to test. Measured: 8 loads of lens pages took 40 s of CPU in fresh contexts, 31 s in one.
beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

async function fromParquet<T>(sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const table of ['element_status', 'cycles', 'framework', 'activities', 'activity_targets', 'activity_countries', 'countries']) {
			await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${dataDir}/${table}.parquet')`);
		}
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
	}
}

/** Every target an activity supports, expanded from the elements it names (independently of activity_coverage). */
const EXPANDED = `
	SELECT DISTINCT a.activity_id, t.element_id AS target_id
	FROM activity_targets a
	JOIN framework t ON t.level = 'target'
	JOIN framework g ON g.element_id = t.parent_id
	WHERE a.element_id IN (t.element_id, g.element_id, g.parent_id)`;

const ready = (view: string) => session.page.locator(`.activities-view[data-view="${view}"][data-ready="true"]`).waitFor({ timeout: 90_000 });
const ALL = 'all/all/all/all/all';

describe('activities page', () => {
	it('is in the header and keeps agency, status, period and region in the URL through reload and back', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities' }).click();
		await page.waitForURL(`${baseUrl}/activities/`);
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 90_000 });
		await page.getByLabel('Agency', { exact: true }).selectOption('wwf');
		await ready('wwf/all/all/all/all');
		await page.getByLabel('Status', { exact: true }).selectOption('ongoing');
		await page.getByLabel('From').selectOption('2008');
		await page.getByLabel('Region', { exact: true }).selectOption('Africa');
		await ready('wwf/ongoing/2008/all/Africa');
		expect(new URL(page.url()).search).toBe('?agency=wwf&status=ongoing&from=2008&region=Africa');
		const [{ n }] = await fromParquet<{ n: number }>(`
			SELECT count(*)::INTEGER AS n FROM activities a WHERE agency_id = 'wwf' AND status = 'ongoing' AND "end" >= '2008-01-01'
			AND activity_id IN (SELECT activity_id FROM activity_countries JOIN countries USING (iso3) WHERE region = 'Africa')`);
		const count = () => page.getByTestId('activity-count').textContent();
		await expect(count()).resolves.toMatch(new RegExp(`^\\s*${n} of \\d+ activities shown`));

		await page.reload();
		await ready('wwf/ongoing/2008/all/Africa');
		await expect(page.getByLabel('Agency', { exact: true }).inputValue()).resolves.toBe('wwf');
		await expect(page.getByLabel('Region', { exact: true }).inputValue()).resolves.toBe('Africa');
		await page.goBack();
		await ready('wwf/ongoing/2008/all/all');
		await expect(page.getByLabel('Region', { exact: true }).inputValue()).resolves.toBe('');
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('shows support vs status per target equal to independent SQL on the Parquet, with the marks of the rule', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/activities/`);
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 90_000 });
		await ready(ALL);
		const shown = await page
			.locator('#support-table tbody tr')
			.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
		const expected = await fromParquet<{ code: string; score: number | null; change: number | null; n: number; ongoing: number; agencies: number }>(`
			WITH ranked AS (SELECT convention_id, cycle_id, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS k FROM cycles),
			latest AS (SELECT e.convention_id, e.element_id, e.score FROM element_status e JOIN ranked r USING (convention_id, cycle_id) WHERE r.k = 1 AND e.score IS NOT NULL),
			previous AS (SELECT e.convention_id, e.element_id, e.score FROM element_status e JOIN ranked r USING (convention_id, cycle_id) WHERE r.k = 2 AND e.score IS NOT NULL),
			status AS (
				SELECT l.element_id, avg(l.score) AS score, avg(l.score - p.score) AS change
				FROM latest l LEFT JOIN previous p USING (convention_id, element_id) GROUP BY l.element_id),
			support AS (
				SELECT x.target_id AS element_id, count(*)::INTEGER AS n,
					count(*) FILTER (WHERE a.status = 'ongoing')::INTEGER AS ongoing,
					count(DISTINCT a.agency_id) FILTER (WHERE a.status = 'ongoing')::INTEGER AS agencies
				FROM (${EXPANDED}) x JOIN activities a USING (activity_id) GROUP BY ALL)
			SELECT f.code, s.score, s.change, coalesce(p.n, 0) AS n, coalesce(p.ongoing, 0) AS ongoing, coalesce(p.agencies, 0) AS agencies
			FROM framework f LEFT JOIN status s USING (element_id) LEFT JOIN support p USING (element_id)
			WHERE f.level = 'target' ORDER BY f.sort`);
		expect(shown).toHaveLength(21);
		expect(expected).toHaveLength(21);
		const marks = { opportunity: 0, closer: 0 };
		expected.forEach((row, i) => {
			const [code, , score, , n, ongoing, agencies, mark] = shown[i];
			expect([code, n, ongoing, agencies]).toEqual([row.code, String(row.n), String(row.ongoing), String(row.agencies)]);
			if (row.score === null) expect(score).toBe('–');
			else expect(Math.abs(Number(score) - row.score)).toBeLessThan(0.0051);
			const lags = row.score !== null && row.score < 0.5 && row.ongoing <= 1;
			const closer = !lags && row.ongoing >= 3 && row.change !== null && row.change < 0.05;
			expect(mark, row.code).toBe(lags ? 'Opportunity' : closer ? 'Closer look' : '');
			marks.opportunity += Number(lags);
			marks.closer += Number(closer);
		});
		expect(marks.opportunity + marks.closer).toBeGreaterThan(0);
		await expect(page.getByTestId('support-summary').textContent()).resolves.toMatch(/lags?|closer look/);
	});

	it('has a work programme chart with downloads, and a searchable obstacle list', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/activities/?group=focal_area`);
		const figure = page.getByRole('figure', { name: 'Activities over time' });
		await expect(figure.getByRole('button', { name: 'SVG' }).count()).resolves.toBe(1);
		await expect(figure.locator('svg text', { hasText: '2010' }).count()).resolves.toBeGreaterThan(0);
		await expect(page.getByLabel('Group bars by').inputValue()).resolves.toBe('focal_area');
		await page.getByLabel('Search the obstacles').fill('genebank');
		await expect(page.getByText(/^\d+ obstacles reported$/).textContent()).resolves.toMatch(/^[1-9]\d* obstacles reported$/);
		await expect(page.locator('q', { hasText: 'Genebank funding is unstable' }).count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('q', { hasText: 'Poaching' }).count()).resolves.toBe(0);
	});
});

describe('target page', () => {
	it('lists the activities that support the target, with their obstacles', async () => {
		const { page } = session;
		const fetched: string[] = [];
		const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
		page.on('request', record);
		const html = await (await page.goto(`${baseUrl}/targets/t2.2/`))!.text();
		const section = page.getByRole('region', { name: 'Support from agencies' });
		await section.locator('[data-state="ready"], article').first().waitFor({ timeout: 90_000 });
		const expected = await fromParquet<{ activity_id: string; obstacles: string | null }>(`
			SELECT activity_id, obstacles FROM activities WHERE activity_id IN (SELECT activity_id FROM (${EXPANDED}) WHERE target_id = 't2.2')`);
		expect(expected.length).toBeGreaterThan(0);
		// Prerendered with the page: the cards are in its HTML, and the browser's engine loads no activity table for them.
		for (const { activity_id } of expected) expect(html).toContain(`data-activity="${activity_id}"`);
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 90_000 });
		page.off('request', record);
		expect(fetched.filter((pathname) => /\/data\/activit/.test(pathname))).toEqual([]);
		expect(
			fetched.some((pathname) => pathname.endsWith('/data/status.parquet')),
			'the engine started'
		).toBe(true);
		// A card naming several elements separates them: "Target 2.1, Target 2.2".
		const lists = await section.locator('article[data-activity] dd:has(a + a)').allInnerTexts();
		expect(lists.length).toBeGreaterThan(0);
		for (const text of lists) expect(text).not.toMatch(/,\S/);
		const shown = await section.locator('article[data-activity]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-activity')));
		expect(shown.toSorted()).toEqual(expected.map((row) => row.activity_id).toSorted());
		const withObstacle = expected.find((row) => row.obstacles)!;
		await expect(section.locator(`article[data-activity="${withObstacle.activity_id}"]`).textContent()).resolves.toContain(withObstacle.obstacles);
	});
});

describe('in three languages and at 375 px', () => {
	it.each(['/activities/', '/fr/activities/?region=Africa', '/es/activities/?status=ongoing', '/targets/t1.1/', '/countries/VUT/'])(
		'%s has no axe violations',
		async (path) => {
			const { page } = session;
			await page.goto(`${baseUrl}${path}`);
			if (path.includes('activities')) await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 240_000 });
			else await page.locator('.activities-section[data-state="ready"]').waitFor({ timeout: 240_000 });
			expect(await axeViolations(page)).toEqual([]);
			expect(session.consoleErrors).toEqual([]);
		},
		300_000
	);

	it.each(['/activities/', '/fr/activities/?group=focal_area'])('%s has no horizontal page scroll at 375 px', async (path) => {
		const { page } = session;
		// Narrow before the page loads, as a phone would be from the start.
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(`${baseUrl}${path}`);
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 90_000 });
		expect(await page.evaluate(() => window.innerWidth)).toBe(375);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
