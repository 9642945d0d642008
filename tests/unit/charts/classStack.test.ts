import { describe, expect, it } from 'vitest';
import { classStackChart, classStackTable, stackRows, targetSegments } from '../../../src/lib/charts/classStack';
import type { TargetClassCount } from '../../../src/lib/queries/lens-types';
import type { FrameworkElement } from '../../../src/lib/queries/types';
import { STATUS_CLASSES } from '../../../src/lib/schema';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';

const element = (element_id: string, level: FrameworkElement['level'], parent_id: string | null, sort: number, title = element_id): FrameworkElement => ({
	element_id,
	level,
	parent_id,
	code: element_id.replace(/^[a-z]+/, ''),
	title,
	sort
});

const framework = [
	element('fa1', 'focal_area', null, 1),
	element('g1', 'goal', 'fa1', 2, 'Conserve ecosystems'),
	element('t1.1', 'target', 'g1', 3, 'Ecological regions conserved'),
	element('t1.2', 'target', 'g1', 4, 'Important areas protected'),
	element('g2', 'goal', 'fa1', 5, 'Conserve species'),
	element('t2.1', 'target', 'g2', 6, 'Populations restored'),
	element('g3', 'goal', 'fa1', 7, 'A goal without targets')
];

// t1.1: 2 advanced, 1 in progress, 1 not started; t1.2: 1 advanced, 2 not started, 1 no data; t2.1: all 4 no data.
const counts: Record<string, number[]> = { 't1.1': [1, 0, 1, 2, 0], 't1.2': [2, 0, 0, 1, 1], 't2.1': [0, 0, 0, 0, 4] };
const rows: TargetClassCount[] = Object.entries(counts).flatMap(([element_id, n]) =>
	STATUS_CLASSES.map((status, i) => ({ element_id, status, countries: n[i] }))
);
const options = (width: number) => ({ width, document: createDocument(), ariaLabel: 'Status by target', ariaDescription: 'Bars' });

describe('classStack', () => {
	it('lays out a heading row per goal with targets, then its targets', () => {
		expect(stackRows(framework).map((row) => `${row.kind}:${row.key}`)).toEqual(['goal:g1', 'target:t1.1', 'target:t1.2', 'goal:g2', 'target:t2.1']);
	});

	it('counts every target against the countries that reported', () => {
		const segments = targetSegments(rows, framework);
		expect(segments.filter((s) => s.element_id === 't1.2').map((s) => s.total)).toEqual([4, 4, 4, 4, 4]);
	});

	it('matches the expected SVG', () => {
		expectSvgSnapshot(classStackChart(rows, framework, options(640)), import.meta.dirname, 'class-stack');
	});

	it('matches the expected SVG on a phone (375 px)', () => {
		expectSvgSnapshot(classStackChart(rows, framework, options(375)), import.meta.dirname, 'class-stack-narrow');
	});

	it('titles each segment with its count and share, and marks it with the class symbol', () => {
		const svg = classStackChart(rows, framework, options(640));
		const titles = [...svg.querySelectorAll('rect > title')].map((title) => title.textContent);
		expect(titles).toContain('Target 1.1: 2 of 4 countries advanced (50%)');
		expect(titles).toContain('Target 2.1: 4 of 4 countries no data (100%)');
		expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual(expect.arrayContaining(['● 2', '– 4']));
		expect(svg.getAttribute('aria-label')).toBe('Status by target');
	});

	it('gives its data table the same numbers, one row per target', () => {
		const table = classStackTable(rows, framework, 'Status by target');
		expect(table.columns.map((column) => column.cell(table.rows[1]))).toEqual(['1.2 Important areas protected', '2', '0', '0', '1', '1', '4']);
	});
});
