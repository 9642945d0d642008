import { describe, expect, it } from 'vitest';
import { targetStatusChart, targetStatusTable } from '../../../src/lib/charts/targetStatus';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';
import { byCycle } from './targetStatus.fixtures';

const render = (width: number) =>
	targetStatusChart(byCycle, { width, document: createDocument(), element: 'target 1.1', shown: ['cbd/cbd-4nr', 'ramsar/ramsar-cop10'] });

describe('targetStatusChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'target-status');
	});

	it('matches the expected SVG on a phone (375 px)', () => {
		expectSvgSnapshot(render(375), import.meta.dirname, 'target-status-narrow');
	});

	it('says what each bar is, with the countries behind it; no data is not a zero', () => {
		const titles = [...render(640).querySelectorAll('title')].map((title) => title.textContent);
		expect(titles).toContain('CBD, Fourth national report (2009): In progress, score 0.63, 4 countries with data of 4 reporting');
		expect(titles).toContain('Ramsar, Report to COP9 (2005): no data (0 reporting)');
		const texts = [...render(640).querySelectorAll('text')].map((text) => text.textContent);
		expect(texts).toEqual(expect.arrayContaining(['◑ 0.63 · 4 countries', '● 0.80 · 2 countries', '– No data (0 reporting)']));
	});

	it('tags every bar with its convention and cycle, so a click can select it', () => {
		const keys = [...render(640).querySelectorAll('rect[data-key]')].map((rect) => rect.getAttribute('data-key'));
		// The track of every row, then the score bars of the rows with data.
		expect(keys).toEqual(['cbd/cbd-3nr', 'cbd/cbd-4nr', 'ramsar/ramsar-cop9', 'ramsar/ramsar-cop10', 'cbd/cbd-3nr', 'cbd/cbd-4nr', 'ramsar/ramsar-cop10']);
	});

	it('colours by class from the palette and outlines the cycles the page shows', () => {
		const bars = [...render(640).querySelectorAll('rect')].slice(4);
		expect(bars.map((rect) => rect.getAttribute('fill'))).toEqual([
			'var(--status-in-progress, #1f78b4)',
			'var(--status-in-progress, #1f78b4)',
			'var(--status-advanced, #253494)'
		]);
		expect(bars.map((rect) => rect.getAttribute('stroke'))).toEqual(['none', 'var(--text, #1a1a1a)', 'var(--text, #1a1a1a)']);
	});

	it('has an accessible name and description', () => {
		const svg = render(640);
		expect(svg.getAttribute('aria-label')).toBe('Status by convention and reporting cycle');
		expect(svg.querySelector('desc')?.textContent ?? svg.getAttribute('aria-description')).toMatch(/target 1\.1/);
	});

	it('gives its table the same numbers', () => {
		const table = targetStatusTable(byCycle);
		expect(table.columns.map((column) => column.cell(table.rows[1]))).toEqual(['CBD', 'Fourth national report', '2009', '◑ In progress', '0.63', '4', '4']);
		expect(table.columns.map((column) => column.cell(table.rows[2]))).toEqual(['Ramsar', 'Report to COP9', '2005', '– No data', '–', '0', '0']);
	});
});
