/**
 * The reporting studio as a focal point uses it, in Chromium: open a prefilled link, answer every question
 * of one module by keyboard and see the live status change (to the score the scales give), reload and find
 * the draft, export the zip, import it back, print it to an A4 PDF; axe clean, no request leaves the origin
 * or carries an answer. (The pipeline's merge of the export, `--add`, giving the preview's status to the last
 * digit is tests/unit/report/studio-roundtrip.test.ts.)
 */
import { axeViolations } from './axe';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const LINK = '/report/?country=KEN&convention=cms';
const shots = process.env.SCREENSHOT_DIR;

async function parquet<T>(sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		// file_row_number: the row's place in its file (a scale's answers in the scale's order).
		for (const view of ['cycles', 'questions', 'responses', 'reports', 'scales', 'crosswalk'])
			await connection.run(`CREATE VIEW ${view} AS SELECT * FROM read_parquet('${dataDir}/${view}.parquet', file_row_number = true)`);
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
	}
}

let session: Session;
const requests: { url: string; method: string; body: string | null }[] = [];
beforeAll(async () => {
	session = await openBrowser(baseUrl);
	session.context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
});
afterAll(() => session.close());

const ready = (page: Page) => page.locator('.layout[data-ready="true"] [data-module]').first().waitFor({ timeout: 60_000 });
const progressText = (page: Page) => page.locator('.progress label').innerText();

describe('reporting studio', () => {
	let latest: string;
	let carried: number;
	beforeAll(async () => {
		// CMS's latest cycle with a format, and KEN's answers in its previous submitted report to questions of that format.
		[{ cycle_id: latest }] = await parquet<{ cycle_id: string }>(
			`SELECT cycle_id FROM cycles WHERE convention_id = 'cms' AND cycle_id IN (SELECT cycle_id FROM questions) ORDER BY year DESC, due DESC, cycle_id DESC LIMIT 1`
		);
		[{ n: carried }] = await parquet<{ n: number }>(`
			WITH prev AS (
				SELECT r.cycle_id FROM reports r JOIN cycles c USING (convention_id, cycle_id)
				WHERE r.convention_id = 'cms' AND r.iso3 = 'KEN' AND r.submitted IS NOT NULL AND r.cycle_id <> '${latest}'
				  AND (c.year, c.due, c.cycle_id) < (SELECT (year, due, cycle_id) FROM cycles WHERE convention_id = 'cms' AND cycle_id = '${latest}')
				ORDER BY c.year DESC, c.due DESC, c.cycle_id DESC LIMIT 1)
			SELECT count(DISTINCT q.question_id)::INTEGER AS n FROM questions q
			JOIN responses a ON a.convention_id = 'cms' AND a.iso3 = 'KEN' AND a.cycle_id = (SELECT cycle_id FROM prev) AND a.question_id = q.question_id
			JOIN scales s ON s.scale_id = q.scale_id AND s.answer = a.answer
			WHERE q.convention_id = 'cms' AND q.cycle_id = '${latest}'`);
	});

	it('opens a prefilled link, is answered by keyboard, scores live, keeps the draft, exports, imports and prints', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}${LINK}`);
		await ready(page);
		expect(await page.locator('.formats').getAttribute('data-formats')).toBe(latest);
		const total = await parquet<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM questions WHERE convention_id = 'cms' AND cycle_id = '${latest}'`);
		expect(await progressText(page)).toBe(`${carried} of ${total[0].n} answered`);
		expect(await page.locator('.carried-note').count()).toBeGreaterThanOrEqual(carried);
		expect(carried).toBeGreaterThan(0);

		// Start from nothing, then answer the first module by keyboard: Space checks the option under focus,
		// the right arrow moves to the next option and checks it, Tab goes on to the next question's group.
		await page.getByRole('button', { name: 'Clear carried-over answers' }).click();
		await page.waitForFunction(() => document.querySelector('.progress label')?.textContent?.startsWith('0 of'));
		const module = page.locator('[data-module]').first();
		const target = await module.getAttribute('data-module');
		const status = module.locator(`.module-status[data-element="${target}"] .one`).first();
		await page.waitForFunction((t) => document.querySelector(`[data-module="${t}"] .one`)?.getAttribute('data-status') === 'no_data', target);
		const questions = module.locator('fieldset.question');
		const count = await questions.count();
		expect(count).toBeGreaterThan(0);
		await questions.first().locator('input[type=radio]').first().focus();
		for (let i = 0; i < count; i++) {
			await page.keyboard.press('Space');
			await page.keyboard.press('ArrowRight');
			if (i < count - 1) await page.keyboard.press('Tab');
		}
		await expect.poll(() => module.locator('.coverage').first().getAttribute('data-coverage'), { timeout: 30_000 }).toBe(`${count}/${count}`);
		// The live score is the mean of the second option's score of each question (the scoring rule, by hand).
		const keys = await questions.evaluateAll((sets) => sets.map((s) => s.getAttribute('data-question')!.split('|')[2]));
		const [{ expected }] = await parquet<{ expected: number | null }>(`
			SELECT avg(score) AS expected FROM (
				SELECT q.question_id, s.score, row_number() OVER (PARTITION BY q.question_id ORDER BY s.file_row_number) AS n
				FROM questions q JOIN scales s USING (scale_id)
				WHERE q.convention_id = 'cms' AND q.cycle_id = '${latest}' AND q.question_id IN (${keys.map((k) => `'${k}'`).join(',')})
			) WHERE n = 2 AND score IS NOT NULL`);
		await page.waitForFunction((t) => document.querySelector(`[data-module="${t}"] .one`)?.getAttribute('data-status') !== 'no_data', target);
		expect(Number(await status.getAttribute('data-score'))).toBeCloseTo(expected!, 10);
		expect(await page.locator('.saved').getAttribute('data-saved')).toBe('saved');
		if (shots) await page.screenshot({ path: path.join(shots, 'report-1280.png'), fullPage: false });

		// Reload: the draft is still there; the drafts list names it.
		const answered = await progressText(page);
		await page.reload();
		await ready(page);
		expect(await progressText(page)).toBe(answered);
		await page.goto(`${baseUrl}/report/`);
		await expect.poll(() => page.locator('tr[data-draft]').count(), { timeout: 30_000 }).toBe(1);
		expect(await page.locator('tr[data-draft]').innerText()).toContain('Kenya');
		await page.goto(`${baseUrl}${LINK}`);
		await ready(page);

		// Export: one zip with the contract files and a manifest.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report' }).click()]);
		const dir = path.join(os.tmpdir(), `report-e2e-${process.pid}`);
		mkdirSync(dir, { recursive: true });
		const zipPath = path.join(dir, download.suggestedFilename());
		await download.saveAs(zipPath);
		const files = unzipSync(readFileSync(zipPath));
		expect(Object.keys(files).sort()).toEqual(['manifest.json', 'reports.csv', 'responses.csv']);
		expect(JSON.parse(strFromU8(files['manifest.json']))).toMatchObject({
			iso3: 'KEN',
			conventions: ['cms'],
			formats: [{ convention_id: 'cms', cycle_id: latest }]
		});
		const rows = strFromU8(files['responses.csv']).trim().split('\r\n');
		expect(rows.length - 1).toBe(count - (await module.locator('label.na input:checked').count()));

		// Change the last answer by keyboard and undo it; change it again and import the export back.
		const last = questions.last();
		const chosen = () => last.locator('input:checked').getAttribute('value');
		const exported = await chosen();
		await last.locator('input:checked').focus();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(chosen).not.toBe(exported);
		await page.getByRole('button', { name: 'Undo last change' }).click();
		await expect.poll(chosen).toBe(exported);
		await last.locator('input:checked').focus();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(chosen).not.toBe(exported);
		await page.locator('input[type=file]').setInputFiles(zipPath);
		await expect.poll(chosen, { timeout: 30_000 }).toBe(exported);
		expect(await progressText(page)).toBe(answered);

		// axe, then print to an A4 PDF.
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('region', { name: 'Briefing' }).isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.emulateMedia({ media: 'screen' });

		// Nothing left the origin, and no request carried a body (the answers never leave the browser).
		expect(session.offOrigin).toEqual([]);
		expect(requests.filter((r) => r.method !== 'GET' || r.body)).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});

	it('works at 375 px, in the dark theme', async () => {
		const { page } = session;
		await page.setViewportSize({ width: 375, height: 800 });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${baseUrl}${LINK}`);
		await ready(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		if (shots) await page.screenshot({ path: path.join(shots, 'report-375-dark.png'), fullPage: false });
		expect(await axeViolations(page)).toEqual([]);
	});
});
