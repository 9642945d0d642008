/**
 * One number, one meaning (rule 6): for countries and regions chosen from the data, the same (convention,
 * cycle, entity, target) number read from the overview, target, country and compare pages is equal — and
 * equal to the Parquet read back independently.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Session } from './browser';
import { queryParquetFolder } from './parquet';
import { formatScore } from '../../src/lib/i18n';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;

beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

/** Every matrix cell under `root`: data-nav key ("cbd/t1.1") → the text it shows ("0.70", "No data", "Not covered"). */
async function matrixValues(page: Page, root: string): Promise<Map<string, string>> {
	const pairs = await page
		.locator(`${root} button[data-nav]`)
		.evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('data-nav')!, b.querySelector('.value')?.textContent?.trim() ?? '']));
	return new Map(pairs as [string, string][]);
}

/** As the pages print a score (English): Intl rounds the shortest decimal, so 0.425 prints 0.43 where toFixed gives 0.42. */
const score = (value: number | null) => (value == null ? null : formatScore(value));
/** A shown cell's text as a score, or null when it shows an outcome instead of a number. */
const asScore = (text: string | undefined) => (text && /^\d\.\d\d$/.test(text) ? text : null);

interface Chosen {
	countries: string[];
	regions: string[];
	conventions: { convention_id: string; cycle_id: string; label: string; short_name: string }[];
	targets: string[];
}

/** Entities chosen from the data: the 3 regions with most countries scored, 5 countries spread over the alphabet. */
async function choose(): Promise<Chosen> {
	const conventions = await queryParquetFolder<Chosen['conventions'][number]>(
		dataDir,
		`SELECT c.convention_id, c.cycle_id, c.label, v.short_name FROM (
			SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS r FROM cycles) c
		JOIN conventions v USING (convention_id) WHERE r = 1 ORDER BY c.convention_id`
	);
	const regions = await queryParquetFolder<{ region: string }>(
		dataDir,
		`SELECT k.region FROM status s JOIN countries k USING (iso3) WHERE s.score IS NOT NULL
		GROUP BY k.region ORDER BY count(DISTINCT s.iso3) DESC, k.region LIMIT 3`
	);
	const scored = await queryParquetFolder<{ iso3: string }>(
		dataDir,
		`SELECT iso3 FROM status WHERE score IS NOT NULL GROUP BY iso3 HAVING count(DISTINCT convention_id) >= 3 ORDER BY iso3`
	);
	const step = Math.max(1, Math.floor(scored.length / 5));
	const countries = [0, 1, 2, 3, 4].map((i) => scored[Math.min(i * step, scored.length - 1)].iso3);
	const targets = await queryParquetFolder<{ element_id: string }>(dataDir, `SELECT DISTINCT element_id FROM status ORDER BY element_id`);
	return { countries, regions: regions.map((r) => r.region), conventions, targets: targets.map((t) => t.element_id) };
}

/** Region mean per convention (latest cycle) and target, from the Parquet: "cbd/t1.1" → "0.63". */
async function regionMeans(region: string, chosen: Chosen): Promise<Map<string, string | null>> {
	const rows = await queryParquetFolder<{ key: string; score: number | null }>(
		dataDir,
		`SELECT s.convention_id || '/' || s.element_id AS key, avg(s.score) AS score FROM status s
		WHERE s.iso3 IN (SELECT iso3 FROM countries WHERE region = '${region.replace(/'/g, "''")}')
			AND s.cycle_id IN (${chosen.conventions.map((c) => `'${c.cycle_id}'`).join(', ')})
		GROUP BY ALL`
	);
	return new Map(rows.map((r) => [r.key, score(r.score)]));
}

/** Read the compare matrix for every convention (switching the select), keyed "<entry>|<convention>/<target>". */
async function compareValues(entries: string[], chosen: Chosen): Promise<Map<string, string>> {
	const { page } = session;
	const key = entries.join(',');
	await page.goto(`${baseUrl}/compare/?compare=${encodeURIComponent(key)}`);
	const root = `.compare-view[data-view="${key}"][data-ready="true"][data-stale="false"]`;
	await page.locator(root).waitFor({ timeout: 120_000 });
	const values = new Map<string, string>();
	for (const convention of chosen.conventions) {
		await page.getByLabel('Convention', { exact: true }).selectOption(convention.convention_id);
		await page.getByRole('grid', { name: new RegExp(`^Status by target under ${convention.short_name}`) }).waitFor();
		for (const [nav, text] of await matrixValues(page, root)) {
			const [entry, target] = nav.split('/');
			values.set(`${entry}|${convention.convention_id}/${target}`, text);
		}
	}
	return values;
}

describe('the same number on every page', () => {
	let chosen: Chosen;
	beforeAll(async () => {
		chosen = await choose();
	});

	it('chooses 5 countries and 3 regions from the data', () => {
		expect(new Set(chosen.countries).size).toBe(5);
		expect(chosen.regions).toHaveLength(3);
		expect(chosen.conventions.length).toBeGreaterThanOrEqual(2);
	});

	it('a region: overview (?region=), target page (?region=) and compare give the Parquet’s mean', async () => {
		const { page } = session;
		const compared = await compareValues(
			chosen.regions.map((r) => `region:${r}`),
			chosen
		);
		let checked = 0;
		for (const region of chosen.regions) {
			const expected = await regionMeans(region, chosen);
			await page.goto(`${baseUrl}/?region=${encodeURIComponent(region)}`);
			const root = `.overview[data-view="${region}"][data-ready="true"][data-stale="false"]`;
			await page.locator(root).waitFor({ timeout: 120_000 });
			const overview = await matrixValues(page, root);
			expect(overview.size).toBe(chosen.conventions.length * chosen.targets.length);
			for (const [nav, text] of overview) {
				const want = expected.get(nav) ?? null;
				expect(asScore(text), `overview ${region} ${nav}`).toBe(want);
				expect(asScore(compared.get(`region:${region}|${nav}`)), `compare ${region} ${nav}`).toBe(want);
				checked++;
			}
			// Target page: one target chosen from the data, every convention's latest cycle.
			const target = chosen.targets[checked % chosen.targets.length];
			await page.goto(`${baseUrl}/targets/${target}/?region=${encodeURIComponent(region)}`);
			await page.locator(`[data-view="all/latest/${region}"][data-ready="true"]`).waitFor({ timeout: 120_000 });
			const rows = await page
				.locator('table', { has: page.locator('caption', { hasText: /^Status by convention and reporting cycle$/ }) })
				.first()
				.locator('tbody tr')
				.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? '')));
			for (const convention of chosen.conventions) {
				const row = rows.find((cells) => cells[0] === convention.short_name && cells[1] === convention.label);
				expect(row, `target ${target} ${convention.convention_id}`).toBeDefined();
				expect(asScore(row![4]), `target page ${region} ${convention.convention_id}/${target}`).toBe(
					expected.get(`${convention.convention_id}/${target}`) ?? null
				);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(3 * chosen.targets.length);
	}, 600_000);

	it('a country: country page and compare show the report that counts, the same number', async () => {
		const { page } = session;
		const first = await compareValues(chosen.countries.slice(0, 4), chosen);
		const rest = await compareValues([chosen.countries[4], `region:${chosen.regions[0]}`], chosen);
		let checked = 0;
		for (const iso3 of chosen.countries) {
			// The report that counts: the most recent submitted one up to each convention's latest cycle.
			const expected = await queryParquetFolder<{ key: string; score: number | null }>(
				dataDir,
				`WITH counted AS (
					SELECT * FROM (
						SELECT r.convention_id, r.cycle_id,
							row_number() OVER (PARTITION BY r.convention_id ORDER BY c.year DESC, c.due DESC, c.cycle_id DESC) AS k
						FROM reports r JOIN cycles c USING (convention_id, cycle_id)
						WHERE r.iso3 = '${iso3}' AND r.submitted IS NOT NULL) WHERE k = 1)
				SELECT s.convention_id || '/' || s.element_id AS key, s.score FROM status s JOIN counted USING (convention_id, cycle_id)
				WHERE s.iso3 = '${iso3}'`
			);
			const want = new Map(expected.map((r) => [r.key, score(r.score)]));
			await page.goto(`${baseUrl}/countries/${iso3}/`);
			const root = '.country-view[data-ready="true"]';
			await page.locator(root).waitFor({ timeout: 120_000 });
			const shown = await matrixValues(page, root);
			expect(shown.size).toBe(chosen.conventions.length * chosen.targets.length);
			for (const [nav, text] of shown) {
				const value = want.get(nav) ?? null;
				expect(asScore(text), `country page ${iso3} ${nav}`).toBe(value);
				expect(asScore(first.get(`${iso3}|${nav}`) ?? rest.get(`${iso3}|${nav}`)), `compare ${iso3} ${nav}`).toBe(value);
				checked++;
			}
		}
		expect(checked).toBe(5 * chosen.conventions.length * chosen.targets.length);
		expect(session.consoleErrors).toEqual([]);
	}, 600_000);
});
