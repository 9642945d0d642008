import { describe, expect, it } from 'vitest';
import { paletteCssVariables, STATUS_STYLE, STATUS_STYLE_DARK, statusColor } from '../../../src/lib/charts/palette';
import { SCORE_CLASSES, STATUS_CLASSES } from '../../../src/lib/schema';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
};

/** --bg of app.css's dark theme. */
const DARK_BACKGROUND = '#15181c';

describe('status palette', () => {
	const scored = SCORE_CLASSES;

	it('gets darker with progress, so it reads in grey scale too', () => {
		const lightness = scored.map((status) => luminance(STATUS_STYLE[status].color));
		expect(lightness).toEqual(lightness.toSorted((a, b) => b - a));
	});

	it('gives every class its own symbol', () => {
		expect(new Set(STATUS_CLASSES.map((status) => STATUS_STYLE[status].symbol)).size).toBe(STATUS_CLASSES.length);
	});

	it('keeps text on every class colour readable (WCAG AA)', () => {
		for (const status of STATUS_CLASSES) {
			expect(contrast(STATUS_STYLE[status].color, STATUS_STYLE[status].ink)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('keeps the dark theme in the same order, every class visible on the dark page (≥ 3:1) and its text readable', () => {
		const lightness = scored.map((status) => luminance(STATUS_STYLE_DARK[status].color));
		expect(lightness).toEqual(lightness.toSorted((a, b) => b - a));
		for (const status of STATUS_CLASSES) {
			const { color, ink } = STATUS_STYLE_DARK[status];
			expect(contrast(color, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
			expect(contrast(color, ink)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('exposes the same colours as CSS variables, light and dark', () => {
		expect(paletteCssVariables()).toContain('--status-in-progress: light-dark(#1f78b4, #56a8e6);');
		expect(paletteCssVariables()).toContain('--status-advanced-ink: light-dark(#ffffff, #111111);');
		expect(statusColor('no_data')).toBe('var(--status-no-data, #e0e0e0)');
	});
});
