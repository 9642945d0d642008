/**
 * "Since the last meeting" in Chromium: its numbers for a date equal an independent computation from the
 * Parquet with native DuckDB (a report submitted on the date itself counts), the date and scope round-trip
 * through the URL, axe finds nothing, it works at 375 px and the language switch keeps the date.
 */
import { axeViolations } from './axe';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { queryParquetFolder } from './parquet';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const asOf: string = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')).as_of;
let session: Session;

// One browser context for the whole file (these pages store nothing): its HTTP and compiled-wasm caches stay warm from
// test to test. Measured: 8 loads of lens pages took 40 s of CPU in fresh contexts, 31 s in one.
beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

async function open(query: string, since: string, prefix = '') {
	await session.page.goto(`${baseUrl}${prefix}/changes/${query}`);
	await session.page.locator(`.changes-view[data-view^="${since}/"][data-ready="true"]`).waitFor({ timeout: 60_000 });
}

/** The day with the most submissions: the boundary case (a report submitted on the date counts as "since"). */
async function busiestDay(): Promise<string> {
	const [row] = await queryParquetFolder<{ day: string }>(
		dataDir,
		`SELECT submitted AS day FROM reports WHERE submitted IS NOT NULL AND submitted < '${asOf}' GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1`
	);
	return row.day;
}

/** Per convention and cycle: came in on time and late since the date, still overdue now; written independently. */
async function expectedIntake(since: string) {
	const rows = await queryParquetFolder<{ cycle_id: string; on_time: number; late: number; overdue: number }>(
		dataDir,
		`SELECT r.cycle_id,
			count(*) FILTER (WHERE r.submitted >= '${since}' AND r.submitted <= c.due)::INTEGER AS on_time,
			count(*) FILTER (WHERE r.submitted >= '${since}' AND r.submitted > c.due)::INTEGER AS late,
			count(*) FILTER (WHERE r.submitted IS NULL AND c.due < '${asOf}'
				AND EXISTS (SELECT 1 FROM parties p WHERE p.convention_id = r.convention_id AND p.iso3 = r.iso3))::INTEGER AS overdue
		FROM reports r JOIN cycles c USING (convention_id, cycle_id)
		GROUP BY r.cycle_id, c.due
		HAVING on_time + late > 0 OR (c.due >= '${since}' AND c.due <= '${asOf}')
		ORDER BY r.cycle_id`
	);
	return rows.map((r) => `${r.cycle_id} ${r.on_time} ${r.late} ${r.overdue}`);
}

/** Countries that moved up (or down) a class on some target: latest report since vs latest before, same convention. */
async function expectedMovers(since: string) {
	const [row] = await queryParquetFolder<{ up: number; down: number }>(
		dataDir,
		`WITH ranked AS (SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year, due, cycle_id) AS pos FROM cycles),
		sub AS (SELECT r.*, k.pos FROM reports r JOIN ranked k USING (convention_id, cycle_id) WHERE r.submitted IS NOT NULL),
		a AS (SELECT convention_id, iso3, arg_max(cycle_id, pos) AS cycle_id, max(pos) AS pos FROM sub WHERE submitted >= '${since}' GROUP BY ALL),
		b AS (SELECT s.convention_id, s.iso3, arg_max(s.cycle_id, s.pos) AS cycle_id FROM sub s JOIN a USING (convention_id, iso3)
			WHERE s.pos < a.pos AND s.submitted < '${since}' GROUP BY ALL),
		step AS (SELECT * FROM (VALUES ('not_started', 0), ('early', 1), ('in_progress', 2), ('advanced', 3)) v(status, n)),
		moves AS (
			SELECT a.iso3, sa_n.n - sb_n.n AS move
			FROM a JOIN b USING (convention_id, iso3)
			JOIN status sa ON sa.convention_id = a.convention_id AND sa.cycle_id = a.cycle_id AND sa.iso3 = a.iso3
			JOIN status sb ON sb.convention_id = b.convention_id AND sb.cycle_id = b.cycle_id AND sb.iso3 = b.iso3 AND sb.element_id = sa.element_id
			JOIN step sa_n ON sa_n.status = sa.status JOIN step sb_n ON sb_n.status = sb.status)
		SELECT count(DISTINCT iso3) FILTER (WHERE move > 0)::INTEGER AS up, count(DISTINCT iso3) FILTER (WHERE move < 0)::INTEGER AS down FROM moves`
	);
	return row;
}

const shownIntake = () =>
	session.page.locator('[data-testid="intake"] tbody tr').evaluateAll((rows) =>
		rows
			.map((row) => {
				const cell = (col: string) => row.querySelector(`[data-col="${col}"]`)?.textContent?.replace(/\D/g, '');
				return `${row.getAttribute('data-cycle')} ${cell('on_time')} ${cell('late')} ${cell('overdue')}`;
			})
			.sort()
	);

const summary = () => session.page.locator('.changes-view .summary').innerText();

describe('since the last meeting', () => {
	it('counts the reports that came in, the boundary day included, as independent SQL on the Parquet does', async () => {
		const day = await busiestDay();
		await open(`?since=${day}`, day);
		expect(await shownIntake()).toEqual((await expectedIntake(day)).sort());
		const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
		const [onDay] = await queryParquetFolder<{ n: number }>(dataDir, `SELECT count(*)::INTEGER AS n FROM reports WHERE submitted = '${day}'`);
		expect(onDay.n).toBeGreaterThan(0);
		const countIn = async () => Number((await summary()).match(/(\d[\d,]*) reports? came in/)![1].replace(/,/g, ''));
		const withDay = await countIn();
		// The next day, through the date field: the reports of the boundary day drop out.
		await session.page.getByLabel('Since', { exact: true }).fill(next);
		await session.page.locator(`.changes-view[data-view^="${next}/"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		expect(withDay - (await countIn())).toBe(onDay.n);
		expect(session.consoleErrors).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	});

	it('counts the countries that moved up and down as independent SQL does, and keeps the date through reload and back', async () => {
		const since = `${Number(asOf.slice(0, 4)) - 2}${asOf.slice(4)}`;
		await open(`?since=${since}`, since);
		const { up, down } = await expectedMovers(since);
		expect(up + down).toBeGreaterThan(0);
		expect(await summary()).toContain(`${up.toLocaleString('en')} countries improved on at least one target and ${down.toLocaleString('en')} declined`);
		const chart = session.page.getByRole('figure', { name: 'Class moves per target, before → after' });
		await expect(chart.isVisible()).resolves.toBe(true);
		await session.page.screenshot({ path: 'test-results/changes-1280.png' });
		await chart.scrollIntoViewIfNeeded();
		await session.page.screenshot({ path: 'test-results/changes-moves-1280.png' });

		await session.page.getByLabel('Convention', { exact: true }).selectOption('cbd');
		await session.page.locator(`.changes-view[data-view="${since}/cbd/all"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		await session.page.reload();
		await session.page.locator(`.changes-view[data-view="${since}/cbd/all"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		await session.page.goBack();
		await session.page.locator(`.changes-view[data-view="${since}/all/all"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		expect(session.consoleErrors).toEqual([]);
	});

	it('has no axe violations, fits 375 px and keeps the date in French', async () => {
		const since = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
		await open(`?since=${since}&region=Africa`, since);
		await session.page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		expect(await axeViolations(session.page)).toEqual([]);

		await session.page.getByRole('link', { name: 'Français' }).click();
		await session.page.waitForURL(`${baseUrl}/fr/changes/?since=${since}&region=Africa`);
		await session.page.locator(`.changes-view[data-view="${since}/all/Africa"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Depuis la dernière réunion');

		await session.page.setViewportSize({ width: 375, height: 740 });
		const earlier = `${Number(asOf.slice(0, 4)) - 2}${asOf.slice(4)}`;
		await session.page.goto(`${baseUrl}/changes/?since=${earlier}`);
		await session.page.locator(`.changes-view[data-view^="${earlier}/"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await session.page.screenshot({ path: 'test-results/changes-375.png' });
		await session.page.getByRole('figure', { name: 'Class moves per target, before → after' }).scrollIntoViewIfNeeded();
		await session.page.screenshot({ path: 'test-results/changes-moves-375.png' });
		expect(session.consoleErrors).toEqual([]);
	});
});
