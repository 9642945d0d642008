/**
 * Reports link to their documents. The sample has no report documents, so this runs on a fixture: the built
 * reports.parquet with a `url` given to some CMS reports (example.org addresses, written here), served to the
 * browser in place of the real file. The parties table's report links are then exactly the fixture's urls.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let session: Session;
let folder: string;
let fixture: Buffer;
/** The first CMS report with a url in the fixture: its cycle (the earliest), country name and url. */
let expected: { cycle_id: string; url: string; name: string };

beforeAll(async () => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'report-links-'));
	const file = path.join(folder, 'reports.parquet');
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run(`COPY (
			SELECT convention_id, cycle_id, iso3, submitted,
				CASE WHEN convention_id = 'cms' AND submitted IS NOT NULL
					THEN 'https://example.org/fixture/' || cycle_id || '/' || lower(iso3) || '.pdf' END AS url
			FROM read_parquet('${dataDir}/reports.parquet')
		) TO '${file}' (FORMAT parquet)`);
		const reader = await connection.runAndReadAll(`
			SELECT r.cycle_id, r.url, k.name FROM read_parquet('${file}') r
			JOIN read_parquet('${dataDir}/countries.parquet') k USING (iso3)
			JOIN read_parquet('${dataDir}/cycles.parquet') c USING (convention_id, cycle_id)
			WHERE r.convention_id = 'cms' AND r.url IS NOT NULL
			ORDER BY c.year, c.due, k.name LIMIT 1`);
		[expected] = reader.getRowObjectsJS() as (typeof expected)[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	fixture = readFileSync(file);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => session.close());

describe('report links', () => {
	it('a report row links to the url of the data', async () => {
		const { cycle_id } = expected;
		expect(expected.url).toMatch(/^https:\/\/example\.org\/fixture\//);

		session = await openBrowser(baseUrl);
		const { page } = session;
		await page.route(/\/data\/reports\.parquet(\.gz)?(\?.*)?$/, (route) => route.fulfill({ body: fixture, contentType: 'application/vnd.apache.parquet' }));
		// Another cycle than the prerendered one: the table comes from DuckDB over the fixture.
		await page.goto(`${baseUrl}/conventions/cms/?cycle=${cycle_id}`);
		await page.locator(`.convention-view[data-view="${cycle_id}/all"][data-ready="true"]`).waitFor({ timeout: 60_000 });
		const row = page
			.getByRole('table', { name: /^Parties to CMS/ })
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: expected.name }) });
		const link = row.locator(`td [data-state] a`).first();
		await expect(link.getAttribute('href')).resolves.toBe(expected.url);
		await expect(link.textContent()).resolves.toMatch(/^(Submitted|Late)/);
		expect(session.consoleErrors).toEqual([]);
	});
});
