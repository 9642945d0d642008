/** The indicator charts: SVG snapshots at desktop and phone widths, names, 2010 marks and their tables. */
import { describe, expect, it } from 'vitest';
import { indicatorAggregatesChart, indicatorAggregatesTable } from '../../../src/lib/charts/indicatorAggregates';
import { directionLabel } from '../../../src/lib/charts/indicatorChange';
import { describeChange } from '../../../src/lib/indicators/change';
import { changedRows, indicatorChangeChart, indicatorChangeTable } from '../../../src/lib/charts/indicatorChangeChart';
import { formatChange, indicatorFormat, valueTicks } from '../../../src/lib/charts/indicatorFormat';
import countries110m from 'world-atlas/countries-110m.json';
import { indicatorMapChart } from '../../../src/lib/charts/indicatorMap';
import { useWorldTopology } from '../../../src/lib/charts/worldFeatures';
import { indicatorPanelChart, indicatorPanelTable } from '../../../src/lib/charts/indicatorPanel';
import { indicatorRankingChart, indicatorRankingTable, rankingEnds } from '../../../src/lib/charts/indicatorRanking';
import { indicatorSeriesChart, indicatorSeriesTable, seriesStyles, yearDomain } from '../../../src/lib/charts/indicatorSeries';
import { indicatorSourceLine } from '../../../src/lib/charts/indicatorSource';
import { aggregates, changes, panel, ranking, series } from './indicator-fixtures';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';

useWorldTopology(countries110m);

const format = indicatorFormat('index, 0 to 1');
const base = (width: number, ariaLabel: string) => ({ width, document: createDocument(), format, unit: 'index, 0 to 1', ariaLabel });
const texts = (chart: Element) => [...chart.querySelectorAll('text')].map((text) => text.textContent);
const titles = (chart: Element) => [...chart.querySelectorAll('title')].map((title) => title.textContent);

describe('indicatorFormat and changes', () => {
	it('writes indices with 2–3 decimals, percentages with one, counts whole', () => {
		expect([0.77, 0.456983839, 1].map(format)).toEqual(['0.77', '0.457', '1.00']);
		expect(indicatorFormat('% of land area')(30.25)).toBe('30.3');
		expect(indicatorFormat('sites', [1, 208])(208)).toBe('208');
		expect(format(null)).toBe('–');
	});

	it('says how much, which way and whether that is good news', () => {
		const fall = describeChange(2000, 0.8, 2010, 0.76, 'up')!;
		expect(formatChange(fall, format)).toBe('-0.04 (-5%)');
		expect(directionLabel(fall)).toBe('▼ fall, unfavourable');
		expect(directionLabel(describeChange(2000, 6, 2010, 6.3, 'up'))).toBe('▲ rise, favourable');
		expect(directionLabel(describeChange(2000, 0.9, 2010, 0.9, 'up'))).toBe('▶ no change');
		expect(directionLabel(describeChange(2000, 1, 2010, 2, null))).toBe('▲ rise');
		expect(directionLabel(null)).toBe('no values to compare');
		expect(describeChange(2000, 0, 2010, 3, 'up')!.percent).toBeNull();
		const tiny = describeChange(2010, 6.54, 2020, 6.5, 'up')!;
		expect(formatChange(tiny, indicatorFormat('% of land area'))).toBe('-0.04 (-0.6%)');
	});

	it('names source, kind, licence and citation on one line', () => {
		expect(indicatorSourceLine(panel.indicator)).toBe('Fixture. Real, published data. Licence: CC BY 4.0. Cite as: Fixture citation');
	});
});

describe('indicatorSeriesChart', () => {
	const render = (width: number) => indicatorSeriesChart(series, base(width, 'RLI over time'));

	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'indicator-series');
		expectSvgSnapshot(render(375), import.meta.dirname, 'indicator-series-narrow');
	});

	it('marks 2010 and always reaches it', () => {
		expect(texts(render(640))).toContain('2010 target');
		expect(yearDomain([{ year: 2016 }, { year: 2022 }])).toEqual([2010, 2022]);
	});

	it('gives the World a dark thick line and countries a colour and symbol each', () => {
		const styles = seriesStyles(series);
		expect(styles.map((s) => [s.code, s.width])).toEqual([
			['WLD', 2.5],
			['BRA', 1.75],
			['KEN', 1.75]
		]);
		expect(new Set(styles.map((s) => s.color)).size).toBe(3);
		expect(new Set(styles.map((s) => s.symbol)).size).toBe(3);
	});

	it('has an accessible name and names each point', () => {
		const chart = render(640);
		expect(chart.getAttribute('aria-label')).toBe('RLI over time');
		expect(titles(chart)).toContain('World, 2010: 0.77');
	});

	it('tables one row per year (latest first), one column per entity', () => {
		const table = indicatorSeriesTable(series, 'RLI', format);
		expect(table.columns.map((c) => c.label)).toEqual(['Year', 'World', 'Brazil', 'Kenya']);
		const row2010 = table.rows.find((row) => row.year === 2010)!;
		expect(table.columns.map((c) => c.cell(row2010))).toEqual(['2010', '0.77', '0.90', '0.63']);
		expect(table.columns.map((c) => c.cell(table.rows.find((row) => row.year === 2005)!))).toEqual(['2005', '0.79', '–', '–']);
		expect(table.rows[0].year).toBe(2020);
	});
});

describe('indicatorChangeChart', () => {
	const render = (width: number) => indicatorChangeChart(changes, base(width, 'RLI change'));

	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'indicator-change');
		expectSvgSnapshot(render(375), import.meta.dirname, 'indicator-change-narrow');
	});

	it('draws an arrow per period with a change, described in words', () => {
		const chart = render(640);
		expect(chart.querySelectorAll('[aria-label="arrow"] path, [aria-label="arrow"] line').length).toBeGreaterThan(0);
		expect(titles(chart)).toContain('World, 2000–2010: 0.80 → 0.77, -0.03 (-3.8%), ▼ fall, unfavourable');
		expect(titles(chart)).toContain('New Zealand, 2010–2020: 0.50 → 0.55, +0.05 (+10%), ▲ rise, favourable');
		expect(texts(chart)).toContain('Africa (UN) · region');
	});

	it('tables every entity with its values and both changes', () => {
		const table = indicatorChangeTable(changes, 'RLI change', format);
		expect(table.columns.map((c) => c.cell(changes[4]))).toEqual([
			'New Zealand',
			'–',
			'0.50',
			'0.55 (2020)',
			'–',
			'no values to compare',
			'+0.05 (+10%)',
			'▲ rise, favourable'
		]);
		expect(changedRows(changes)).toHaveLength(5);
	});
});

describe('indicatorRankingChart', () => {
	const render = (width: number) => indicatorRankingChart(ranking, { ...base(width, 'Highest'), total: 4 });

	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'indicator-ranking');
		expectSvgSnapshot(render(375), import.meta.dirname, 'indicator-ranking-narrow');
	});

	it('labels each bar with its rank, name and value', () => {
		expect(texts(render(640))).toEqual(expect.arrayContaining(['1 of 4. Finland', '0.99', '4 of 4. Guam', '0.35']));
		expect(indicatorRankingTable(ranking, 'Highest', format).columns.map((c) => c.cell(ranking[1]))).toEqual(['2', 'Brazil', '0.88']);
	});

	it('shows the top and bottom ten of a long list, a short list whole', () => {
		const long = Array.from({ length: 25 }, (_, i) => ({ iso3: `C${i}`, name: `C${i}`, value: 25 - i, rank: i + 1 }));
		const { top, bottom } = rankingEnds(long);
		expect([top.length, bottom.length, top[0].rank, bottom[0].rank]).toEqual([10, 10, 1, 16]);
		expect(rankingEnds(ranking)).toEqual({ top: ranking, bottom: [] });
	});
});

describe('indicatorAggregatesChart', () => {
	const world = series.filter((p) => p.code === 'WLD');
	const render = (width: number) => indicatorAggregatesChart(aggregates, world, base(width, 'RLI by region'));

	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'indicator-aggregates');
		expectSvgSnapshot(render(375), import.meta.dirname, 'indicator-aggregates-narrow');
	});

	it('titles each panel with the aggregate and its kind', () => {
		expect(texts(render(640))).toEqual(expect.arrayContaining(['Africa (UN) · region', 'High income · income group']));
		const table = indicatorAggregatesTable(aggregates, 'RLI by region', format);
		expect(table.columns.map((c) => c.cell(table.rows[0]))).toEqual(['Africa (UN)', 'region', '2020', '0.68']);
	});
});

describe('indicatorPanelChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(indicatorPanelChart(panel, base(300, 'RLI, Kenya')), import.meta.dirname, 'indicator-panel');
	});

	it('tables the focus beside the World, year by year', () => {
		const table = indicatorPanelTable(panel, 'RLI, Kenya', format);
		expect(table.columns.map((c) => c.label)).toEqual(['Year', 'Kenya', 'World']);
		expect(table.columns.map((c) => c.cell(table.rows.find((row) => row.year === 2010)!))).toEqual(['2010', '0.63', '0.77']);
	});
});

describe('indicatorMapChart', () => {
	it('shades countries with a value, names each one, and carries its name with the legend', () => {
		const chart = indicatorMapChart(ranking, { ...base(640, 'RLI by country, 2020'), year: 2020 });
		expect(chart.getAttribute('aria-label')).toBe('RLI by country, 2020');
		const all = titles(chart);
		expect(all).toContain('Kenya: 0.60 (2020)');
		expect(all).toContain('France: no value for 2020');
	});
});

describe('valueTicks', () => {
	it('gives counts whole-number ticks and leaves other values to Plot', () => {
		expect(valueTicks([2, 3, 3], 3)).toEqual([2, 3]);
		expect(valueTicks([0, 208], 4)).toBe(4);
		expect(valueTicks([0.77, 0.8], 3)).toBe(3);
	});
});
