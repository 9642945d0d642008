/**
 * The dark theme follows the system setting (a dark page, light text, charts drawn in colours that stand
 * out from it; axe in the dark is in accessibility.test.ts), and a reader who asks for reduced motion gets no animation.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type Session } from './browser';
import { waitUntilReady } from './ready';

const baseUrl = inject('baseUrl');
let session: Session;

beforeEach(async () => {
	session = await openPage(baseUrl);
});
afterEach(() => session.close());

async function open(page: Page, path: string) {
	await page.goto(`${baseUrl}${path}`);
	await waitUntilReady(page, path);
}

/** WCAG relative luminance and contrast of computed `rgb(…)` colours, in the page. */
const CONTRAST = `
	const luminance = (color) => {
		const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const contrast = (a, b) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi + 0.05) / (lo + 0.05);
	};
`;

interface PageColours {
	background: string;
	text: string;
	textContrast: number;
	backgroundLuminance: number;
}

const pageColours = (page: Page) =>
	page.evaluate(`(() => { ${CONTRAST}
		const background = getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
			? getComputedStyle(document.documentElement).backgroundColor
			: getComputedStyle(document.body).backgroundColor;
		const text = getComputedStyle(document.querySelector('main')).color;
		return { background, text, textContrast: contrast(background, text), backgroundLuminance: luminance(background) };
	})()`) as Promise<PageColours>;

describe('dark theme (prefers-color-scheme: dark)', () => {
	it('follows the system: a dark page with light text, and light again in the light scheme', async () => {
		const { page } = session;
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/');
		const dark = await pageColours(page);
		expect(dark.backgroundLuminance).toBeLessThan(0.05);
		expect(dark.textContrast).toBeGreaterThanOrEqual(7);
		await page.emulateMedia({ colorScheme: 'light' });
		const light = await pageColours(page);
		expect(light.backgroundLuminance).toBeGreaterThan(0.9);
		expect(light.textContrast).toBeGreaterThanOrEqual(7);
		expect(session.consoleErrors).toEqual([]);
	});

	it('draws the prerendered charts and matrix in colours that stand out from the dark page', async () => {
		const { page } = session;
		await page.emulateMedia({ colorScheme: 'dark' });
		// The build's HTML and CSS as they arrive, without the scripts that would redraw the charts.
		await page.route(/\/_app\/.*\.js$/, (route) => route.abort());
		await page.goto(`${baseUrl}/`);
		const marks = (await page.evaluate(`(() => { ${CONTRAST}
			const page = getComputedStyle(document.documentElement).backgroundColor;
			const figure = [...document.querySelectorAll('figure')].find((f) => f.textContent.includes('Targets by status class'));
			const bars = [...figure.querySelectorAll('svg rect')].map((r) => getComputedStyle(r).fill).filter((f) => f.startsWith('rgb'));
			// Axis and label text: the text that draws in currentColor (labels inside bars have the bar's ink).
			const ticks = [...figure.querySelectorAll('svg text')]
				.filter((t) => t.closest('[fill]')?.getAttribute('fill') === 'currentColor')
				.map((t) => getComputedStyle(t).fill);
			const cells = [...document.querySelectorAll('[role="grid"] button[data-status]')]
				.filter((b) => b.dataset.status !== 'no_data' && b.dataset.status !== 'not_covered')
				.map((b) => getComputedStyle(b).backgroundColor);
			return {
				bars: bars.length,
				barContrast: Math.min(...bars.map((f) => contrast(f, page))),
				ticks: ticks.length,
				tickContrast: Math.min(...ticks.map((f) => contrast(f, page))),
				cells: cells.length,
				cellContrast: Math.min(...cells.map((c) => contrast(c, page)))
			};
		})()`)) as Record<string, number>;
		expect(marks.bars).toBeGreaterThan(5);
		expect(marks.ticks).toBeGreaterThan(5);
		expect(marks.barContrast).toBeGreaterThanOrEqual(3);
		expect(marks.tickContrast).toBeGreaterThanOrEqual(4.5);
		expect(marks.cells).toBeGreaterThan(50);
		expect(marks.cellContrast).toBeGreaterThanOrEqual(3);
	});

	// axe in the dark: every English page kind, in accessibility.test.ts.
});

/** Elements (and their ::before/::after) with an animation or transition longer than 0 s, and running animations. */
const motion = (page: Page) =>
	page.evaluate(() => {
		const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
		const styles = [...document.querySelectorAll('*')].flatMap((element) => [null, '::before', '::after'].map((pseudo) => getComputedStyle(element, pseudo)));
		const running = document.getAnimations().filter((animation) => {
			const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
			return animation.playState === 'running' && duration > 0;
		});
		return {
			elements: styles.length,
			animated: styles.filter((style) => seconds(style.animationDuration) > 0).length,
			transitioned: styles.filter((style) => seconds(style.transitionDuration) > 0).length,
			running: running.length
		};
	});

/** Holds the data files back, so the engine's "starting" state (with its spinner) stays on screen. */
async function holdData(page: Page): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/data/*.parquet', async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	return release;
}

describe('reduced motion (prefers-reduced-motion: reduce)', () => {
	it('leaves no animation or transition running, the loading spinner and the updating fade included', async () => {
		const { page } = session;
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const release = await holdData(page);
		await page.goto(`${baseUrl}/`);
		const loading = await motion(page);
		expect(loading.elements).toBeGreaterThan(100);
		expect(loading).toMatchObject({ animated: 0, transitioned: 0, running: 0 });
		release();
		await page.locator('[data-engine="ready"]').first().waitFor({ timeout: 60_000 });
		await page.getByLabel('Region').selectOption('Africa');
		expect(await motion(page)).toMatchObject({ animated: 0, transitioned: 0, running: 0 });
	});

	it('keeps the spinner turning for everybody else', async () => {
		const { page } = session;
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		const release = await holdData(page);
		await page.goto(`${baseUrl}/`);
		await page.waitForFunction(() => document.getAnimations().length > 0, undefined, { timeout: 30_000 });
		const loading = await motion(page);
		expect(loading.animated).toBeGreaterThan(0);
		release();
	});
});
