/**
 * A URL filter that names nothing in the data (a typo, a stale link, a hostile value) gets a clear notice —
 * "Unknown region 'Atlantis' — showing all regions." — in the page's language, and the page shows the
 * unfiltered view instead of a page of zeros. Hostile values stay text and are cut short.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

// One browser context for the whole file (these pages store nothing): its HTTP and compiled-wasm caches stay warm from
// test to test. Measured: 8 loads of lens pages took 40 s of CPU in fresh contexts, 31 s in one.
beforeAll(async () => {
	session = await openBrowser(baseUrl);
});
afterAll(() => session.close());

const notice = () => session.page.getByRole('status', { name: /Filter not applied|Filtre non appliqué|Filtro no aplicado/ });
const headline = () => session.page.getByRole('region', { name: 'Headline figures' }).innerText();

describe('unknown URL filters', () => {
	it("overview: ?region=Atlantis says so and shows all regions' numbers", async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-view="all"][data-ready="true"]').waitFor({ timeout: 60_000 });
		const all = await headline();
		await page.goto(`${baseUrl}/?region=Atlantis`);
		await page.locator('[data-view="all"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(notice().innerText()).resolves.toBe("Unknown region 'Atlantis' — showing all regions.");
		expect(await headline()).toBe(all);
		expect(session.consoleErrors).toEqual([]);
	});

	it('a known region shows no notice', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/?region=Africa`);
		await page.locator('[data-view="Africa"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(notice().count()).resolves.toBe(0);
	});

	it('convention page in French: an unknown cycle falls back to the latest', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/fr/conventions/cbd/?cycle=cbd_99`);
		await page.locator('[data-engine="ready"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(notice().innerText()).resolves.toBe('Cycle de rapport inconnu « cbd_99 » — affichage du dernier cycle.');
	});

	it('target page in Spanish: an unknown convention and region are both named', async () => {
		const { page } = session;
		await page.goto(`${baseUrl}/es/targets/t6.1/?convention=xyz&region=Mars`);
		await page.locator('[data-view="all/latest/all"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(notice().locator('p').allInnerTexts()).resolves.toEqual([
			'Región desconocida «Mars»: se muestran todas las regiones.',
			'Convención desconocida «xyz»: se muestran todas las convenciones.'
		]);
	});

	it('hostile values: a script tag stays text, a 5,000-character value is cut, nothing runs', async () => {
		const { page } = session;
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs++;
			void dialog.dismiss();
		});
		const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		await page.goto(`${baseUrl}/targets/t6.1/?region=${encodeURIComponent(script)}&convention=${'A'.repeat(5000)}`);
		await page.locator('[data-view="all/latest/all"][data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect(notice().locator('p').allInnerTexts()).resolves.toEqual([
			`Unknown region '${script}' — showing all regions.`,
			`Unknown convention '${'A'.repeat(59)}…' — showing all conventions.`
		]);
		await expect(notice().locator('script, img').count()).resolves.toBe(0);
		expect(dialogs).toBe(0);
		expect(session.consoleErrors).toEqual([]);
	});
});
