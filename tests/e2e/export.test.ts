/** Chart downloads in Chromium: the CSV holds the table on screen, machine-readable; SVG and PNG carry title and source. */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { waitUntilReady } from './ready';
import { CSV_MAX_ROWS } from '../../src/lib/server/downloads';

const baseUrl = inject('baseUrl');
const title = 'Reporting rate by convention and cycle';
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

async function downloaded(buttonName: string): Promise<{ name: string; bytes: Buffer }> {
	const { page } = session;
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('chart export', () => {
	// The prerendered buttons do nothing until the page has hydrated: wait, as a reader's click would.
	beforeEach(async () => {
		await session.page.goto(`${baseUrl}/`);
		await waitUntilReady(session.page, '/');
	});

	it('CSV: every row of the data table on screen, with plain numbers (machine-readable)', async () => {
		const figure = session.page.getByRole('figure', { name: title });
		await figure.getByRole('button', { name: 'Show data table' }).click();
		const shown = await figure
			.getByRole('table', { name: title })
			.evaluate((table) => [...(table as HTMLTableElement).rows].map((row) => [...row.cells].map((c) => c.textContent!.trim())));
		const { name, bytes } = await downloaded(`Download the data of “${title}” as CSV`);
		expect(name).toMatch(/^reporting-rate-by-convention-and-cycle_data-\d{4}-\d\d-\d\d-sample\.csv$/);
		const lines = bytes
			.toString('utf8')
			.replace(/^\ufeff/, '')
			.trimEnd()
			.split('\r\n');
		const parsed = lines.map((line) =>
			[...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'))
		);
		expect(parsed[0]).toEqual(shown[0]);
		expect(parsed.length).toBe(shown.length);
		const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));
		for (const [index, [convention, cycle, year, expected, submitted, rate]] of parsed.slice(1).entries()) {
			const onScreen = shown[index + 1];
			expect([convention, cycle, Number(year), Number(expected), Number(submitted)]).toEqual([
				onScreen[0],
				onScreen[1],
				digits(onScreen[2]),
				digits(onScreen[3]),
				digits(onScreen[4])
			]);
			expect(Number(rate)).toBeCloseTo(Number(submitted) / Number(expected), 10);
		}
	});

	it('SVG: the drawing with its title, source line and data version', async () => {
		const { name, bytes } = await downloaded(`Download “${title}” as SVG`);
		expect(name).toMatch(/^reporting-rate-by-convention-and-cycle_data-[\d-]+-sample\.svg$/);
		const svg = bytes.toString('utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain(`>${title}</text>`);
		expect(svg).toMatch(/Source: national reports.*Data version .*Sample data/);
	});

	it('PNG: twice the size of the exported drawing', async () => {
		const { bytes: svgBytes } = await downloaded(`Download “${title}” as SVG`);
		const [, width, height] = svgBytes
			.toString('utf8')
			.match(/width="(\d+)" height="(\d+)"/)!
			.map(Number);
		const { name, bytes } = await downloaded(`Download “${title}” as PNG`);
		expect(name).toMatch(/^reporting-rate-by-convention-and-cycle_data-[\d-]+-sample\.png$/);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
		expect(session.consoleErrors).toEqual([]);
	});
});

describe('download page', () => {
	it('offers every table of the manifest as Parquet and CSV, and the CSVs hold every row', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/download/`);
		const manifest = (await (await page.request.get(`${baseUrl}/data/manifest.json`)).json()) as {
			tables: Record<string, { file: string; rows: number }>;
		};
		const table = page.getByRole('table', { name: 'Tables of this build' });
		for (const [name, entry] of Object.entries(manifest.tables)) {
			const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
			await expect(row.getByRole('link', { name: entry.file }).getAttribute('href')).resolves.toMatch(entry.file);
			const csvLink = row.getByRole('link', { name: `${name}.csv` });
			// Every table small enough has its CSV (the large responses table of a 1M build is Parquet only).
			const offersCsv = entry.rows <= CSV_MAX_ROWS;
			expect(await csvLink.count(), `${name}.csv link`).toBe(offersCsv ? 1 : 0);
			if (!offersCsv) continue;
			const csv = await (await page.request.get(new URL((await csvLink.getAttribute('href'))!, page.url()).href)).text();
			expect(csv.trimEnd().split('\r\n').length - 1, name).toBe(entry.rows);
		}
		expect(session.consoleErrors).toEqual([]);
	});
});
