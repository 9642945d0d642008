/**
 * Exports carry their context: from /targets/t6.1/?region=Africa an image's title names the chart and the
 * target, its subtitle the filters shown, and every file name the target, the region and the data version.
 * Chart and Download CSVs share one format (UTF-8 with BOM, CRLF) and the chart CSV is machine-readable.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';

const baseUrl = inject('baseUrl');
const TITLE = 'Status by convention and reporting cycle';
const FILE = /^status-by-convention-and-reporting-cycle_t6-1_region-africa_data-\d{4}-\d\d-\d\d(-sample)?\.(csv|svg|png)$/;
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
	await session.page.goto(`${baseUrl}/targets/t6.1/?region=Africa`);
	await session.page.locator('[data-view="all/latest/Africa"][data-ready="true"]').waitFor({ timeout: 60_000 });
});
afterEach(() => session.close());

async function downloaded(buttonName: string): Promise<{ name: string; bytes: Buffer }> {
	const { page } = session;
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('exports carry their context', () => {
	it('SVG: title with the target, subtitle with the filters, file name with target, region and data version', async () => {
		const { name, bytes } = await downloaded(`Download “${TITLE}” as SVG`);
		expect(name).toMatch(FILE);
		const svg = bytes.toString('utf8');
		expect(svg).toContain(`>${TITLE} — Target 6.1</text>`);
		const subtitle = [...svg.matchAll(/<text [^>]*font-size="12"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
		expect(subtitle).toBe('Convention: All conventions · Reporting cycle: Latest cycle of each convention · Region: Africa');
	});

	it('PNG: the same file name', async () => {
		const { name, bytes } = await downloaded(`Download “${TITLE}” as PNG`);
		expect(name).toMatch(FILE);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	});

	it('CSV: machine-readable (class id and label apart, no symbol, plain numbers), same format as the Download page', async () => {
		const { name, bytes } = await downloaded(`Download the data of “${TITLE}” as CSV`);
		expect(name).toMatch(FILE);
		const text = bytes.toString('utf8');
		expect(text.startsWith('\ufeff')).toBe(true);
		const parse = (line: string) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
		const [header, ...rows] = text.slice(1).trimEnd().split('\r\n');
		expect(header).toBe('Convention,Cycle,Year,Status (id),Status,Score,Countries with data,Reports submitted');
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const cells = parse(row);
			expect(cells).toHaveLength(8);
			expect(cells[3]).toMatch(/^(not_started|early|in_progress|advanced|no_data|not_covered)$/);
			expect(cells[5]).toMatch(/^(\d+(\.\d+)?)?$/);
		}
		expect(text).not.toMatch(/[○◔◑●]/u);
		const download = await session.page.request.get(`${baseUrl}/download/csv/countries.csv`);
		const bytesOfDownload = Buffer.from(await download.body());
		expect(bytesOfDownload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(bytesOfDownload.toString('utf8')).toMatch(/\r\n$/);
	});
});
