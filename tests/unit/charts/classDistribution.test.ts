import { describe, expect, it } from 'vitest';
import { classCounts, classDistributionChart, classDistributionTable } from '../../../src/lib/charts/classDistribution';
import { conventions, matrix } from './fixtures';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';

const render = (width: number) => classDistributionChart(matrix, conventions, { width, document: createDocument() });

describe('classCounts', () => {
	it('counts every class of every convention, zeros included', () => {
		const cbd = classCounts(matrix, conventions).filter((row) => row.convention_id === 'cbd');
		expect(cbd.map((row) => [row.status, row.count, row.total])).toEqual([
			['not_started', 0, 4],
			['early', 1, 4],
			['in_progress', 0, 4],
			['advanced', 3, 4],
			['no_data', 0, 4]
		]);
		expect(cbd.find((row) => row.status === 'advanced')?.share).toBe(0.75);
	});

	it('skips conventions without cells', () => {
		const counts = classCounts(matrix, [...conventions, { convention_id: 'whc', name: 'WHC', short_name: 'WHC' }]);
		expect(new Set(counts.map((row) => row.convention_id))).toEqual(new Set(['cbd', 'cms', 'ramsar']));
	});
});

describe('classDistributionChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'class-distribution');
	});

	it('matches the expected SVG on a phone (375 px)', () => {
		expectSvgSnapshot(render(375), import.meta.dirname, 'class-distribution-narrow');
	});

	it('titles each segment with its count and share', () => {
		const titles = [...render(640).querySelectorAll('rect > title')].map((title) => title.textContent);
		expect(titles).toContain('CBD (4th national report): 3 of 4 targets advanced (75%)');
		expect(titles).toContain('Ramsar (Report to COP10): 4 of 4 targets no data (100%)');
		expect(titles).toHaveLength(7); // one per non-empty class: CBD 2, CMS 4, Ramsar 1
	});

	it('marks segments by symbol as well as colour', () => {
		const labels = [...render(640).querySelectorAll('text')].map((text) => text.textContent);
		expect(labels).toEqual(expect.arrayContaining(['● 3', '◔ 1', '– 4']));
	});

	it('fills with the palette variables, falling back to plain colours', () => {
		const fills = [...render(640).querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
		expect(fills).toContain('var(--status-advanced, #253494)');
		expect(fills).toContain('var(--status-no-data, #e0e0e0)');
	});

	it('has an accessible name', () => {
		expect(render(640).getAttribute('aria-label')).toBe('Targets by status class, per convention');
	});

	it('gives its data table the same numbers, one row per convention', () => {
		const table = classDistributionTable(matrix, conventions);
		expect(table.columns.map((column) => column.label)).toEqual([
			'Convention',
			'Cycle',
			'○ Not started',
			'◔ Early stages',
			'◑ In progress',
			'● Advanced',
			'– No data',
			'Targets'
		]);
		expect(table.columns.map((column) => column.cell(table.rows[0]))).toEqual([
			'CBD',
			'4th national report',
			'0 (0%)',
			'1 (25%)',
			'0 (0%)',
			'3 (75%)',
			'0 (0%)',
			'4'
		]);
	});
});
