import { describe, expect, it } from 'vitest';
import { reportingBars, reportingChart, reportingTable } from '../../../src/lib/charts/reporting';
import { conventions, reporting } from './fixtures';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';

const render = (width: number) => reportingChart(reporting, conventions, { width, document: createDocument() });

describe('reportingChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'reporting');
	});

	it('matches the expected SVG on a phone (375 px)', () => {
		expectSvgSnapshot(render(375), import.meta.dirname, 'reporting-narrow');
	});

	it('orders bars by convention, then cycle year', () => {
		expect(reportingBars(reporting, conventions).map((bar) => bar.key)).toEqual(['cbd/nr3', 'cbd/nr4', 'cms/cop9', 'ramsar/cop10']);
	});

	it('labels each bar with its rate and says what it counts', () => {
		const svg = render(640);
		const titles = [...svg.querySelectorAll('title')].map((title) => title.textContent);
		expect(titles).toContain('CBD, 4th national report (2009): 75% submitted (90 of 120)');
		expect(titles).toContain('Ramsar, Report to COP10 (2008): no reports expected');
		const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent);
		expect(labels).toEqual(expect.arrayContaining(['75%', '61%', '90%']));
	});

	it('has an accessible name and description', () => {
		const svg = render(640);
		expect(svg.getAttribute('aria-label')).toBe('Reporting rate by convention and cycle');
		expect(svg.getAttribute('aria-description')).toMatch(/share of expected national reports/);
	});

	it('never draws wider than asked', () => {
		expect(render(375).getAttribute('width')).toBe('375');
	});

	it('gives its data table the same numbers', () => {
		const table = reportingTable(reporting, conventions);
		const cbd4 = table.rows.find((row) => row.cycle_id === 'nr4')!;
		expect(table.columns.map((column) => column.cell(cbd4))).toEqual(['CBD', '4th national report', '2009', '120', '90', '75%']);
		expect(table.rows).toHaveLength(reporting.length);
	});
});
