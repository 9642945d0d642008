/**
 * An indicator over time: the World (thick, dark) and chosen countries (a colour and a symbol each, named in
 * the legend beside the chart), with the 2010 target year marked by a rule and a label. The x axis always
 * reaches 2010, so a series that starts later shows that it does.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n';
import { TARGET_YEAR } from '../indicators/years';
import type { SeriesPoint } from '../queries/indicators/values';
import { valueTicks, type ValueFormat } from './indicatorFormat';
import { chartDescription, documentOption, type ChartOptions } from './options';
import type { TableData } from './table';

export interface SeriesStyle {
	code: string;
	name: string;
	color: string;
	/** A Plot symbol name; the legend draws the same shape. */
	symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'wye' | 'plus';
	width: number;
}

export const WORLD_COLOR = 'var(--text, #1a1a1a)';
/** Okabe–Ito colours (distinct for the common colour-vision deficiencies), dark enough on white. */
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8c6d1f', '#56b4e9', '#e69f00', '#6a3d9a'];
const SYMBOLS: SeriesStyle['symbol'][] = ['square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'plus', 'circle'];

/** The symbols as small SVG paths around (0, 0), for legends drawn outside Plot. */
export const SYMBOL_PATHS: Record<SeriesStyle['symbol'], string> = {
	circle: 'M4,0A4,4,0,1,1,-4,0A4,4,0,1,1,4,0Z',
	square: 'M-3.5,-3.5H3.5V3.5H-3.5Z',
	triangle: 'M0,-4.6L4,2.3H-4Z',
	diamond: 'M0,-5L3.4,0L0,5L-3.4,0Z',
	star: 'M0,-5L1.2,-1.6L4.8,-1.5L1.9,0.6L2.9,4L0,2L-2.9,4L-1.9,0.6L-4.8,-1.5L-1.2,-1.6Z',
	cross: 'M-4.5,-1.5H-1.5V-4.5H1.5V-1.5H4.5V1.5H1.5V4.5H-1.5V1.5H-4.5Z',
	wye: 'M-0.9,-4.5H0.9V-0.5L4.4,1.5L3.5,3L0,1L-3.5,3L-4.4,1.5L-0.9,-0.5Z',
	plus: 'M-4.5,0H4.5M0,-4.5V4.5'
};

/** A style per entity, in order of first appearance: the World first, then countries in the order chosen. */
export function seriesStyles(points: readonly SeriesPoint[]): SeriesStyle[] {
	const entities = [...new Map(points.map((point) => [point.code, point])).values()];
	let next = 0;
	return entities.map(({ code, name, kind }) => {
		if (kind === 'world') return { code, name, color: WORLD_COLOR, symbol: 'circle', width: 2.5 };
		const i = next++;
		return { code, name, color: COLORS[i % COLORS.length], symbol: SYMBOLS[i % SYMBOLS.length], width: 1.75 };
	});
}

export interface IndicatorChartOptions extends ChartOptions {
	format: ValueFormat;
	unit: string;
	ariaLabel: string;
	height?: number;
}

/** The x domain: the data's years and the target year. */
export function yearDomain(points: readonly { year: number }[]): [number, number] {
	const years = points.map((point) => point.year);
	return [Math.min(TARGET_YEAR, ...years), Math.max(TARGET_YEAR, ...years)];
}

/** The rule and label at 2010 that every indicator chart carries; the label turns left near the right edge. */
export function targetYearMarks(domain: [number, number], label = t('indicator.targetYear')): Plot.Markish[] {
	const [first, last] = domain;
	const nearEnd = last > first && (TARGET_YEAR - first) / (last - first) > 0.8;
	const side = nearEnd ? ({ textAnchor: 'end', dx: -3 } as const) : ({ textAnchor: 'start', dx: 3 } as const);
	return [
		Plot.ruleX([TARGET_YEAR], { stroke: 'var(--muted, #555b61)', strokeDasharray: '4 3' }),
		// In the top margin, above the lines.
		Plot.text([TARGET_YEAR], {
			x: (year: number) => year,
			text: () => label,
			frameAnchor: 'top',
			lineAnchor: 'bottom',
			...side,
			dy: -7,
			fill: 'var(--muted, #555b61)'
		})
	];
}

export function pointTitle(point: SeriesPoint, format: ValueFormat): string {
	return t('indicator.point', { name: point.name, year: point.year, value: format(point.value) });
}

export function indicatorSeriesChart(points: SeriesPoint[], options: IndicatorChartOptions): SVGSVGElement | HTMLElement {
	const styles = new Map(seriesStyles(points).map((style) => [style.code, style]));
	const style = (point: SeriesPoint) => styles.get(point.code)!;
	const countries = points.filter((point) => point.kind !== 'world');
	const domain = yearDomain(points);
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height: options.height ?? Math.round(Math.min(420, Math.max(260, options.width * 0.55))),
		marginTop: 26,
		marginLeft: 48,
		marginRight: 16,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(
			options,
			t('indicator.series.description', { unit: options.unit, names: [...styles.values()].map((s) => s.name).join(', ') })
		),
		x: { domain, label: null, tickFormat: (year: number) => String(year), ticks: Math.max(3, Math.floor(options.width / 90)) },
		// The unit is in the page's text and the description: a y label would collide with the 2010 label.
		y: {
			label: null,
			grid: true,
			tickFormat: options.format,
			ticks: valueTicks(
				points.map((point) => point.value),
				8
			),
			nice: true
		},
		color: { type: 'identity' },
		symbol: { type: 'identity' },
		marks: [
			...targetYearMarks(domain),
			Plot.line(points, { x: 'year', y: 'value', z: 'code', stroke: (p: SeriesPoint) => style(p).color, strokeWidth: (p: SeriesPoint) => style(p).width }),
			Plot.dot(countries, {
				x: 'year',
				y: 'value',
				symbol: (p: SeriesPoint) => style(p).symbol,
				stroke: (p: SeriesPoint) => style(p).color,
				fill: 'var(--bg, #ffffff)',
				r: 3
			}),
			Plot.dot(points, { x: 'year', y: 'value', r: 6, fill: 'transparent', title: (p: SeriesPoint) => pointTitle(p, options.format) })
		]
	});
}

export interface YearRow {
	year: number;
	values: Map<string, number>;
}

/** One row per year (latest first), one column per entity: the numbers of the lines. */
export function indicatorSeriesTable(points: SeriesPoint[], caption: string, format: ValueFormat): TableData<YearRow> {
	const styles = seriesStyles(points);
	const byYear = new Map<number, YearRow>();
	for (const point of points) {
		const row = byYear.get(point.year) ?? { year: point.year, values: new Map() };
		row.values.set(point.code, point.value);
		byYear.set(point.year, row);
	}
	return {
		caption,
		rows: [...byYear.values()].sort((a, b) => b.year - a.year),
		columns: [
			{ label: t('indicator.col.year'), cell: (row) => String(row.year), value: (row) => row.year },
			...styles.map(({ code, name }) => ({
				label: name,
				cell: (row: YearRow) => format(row.values.get(code)),
				numeric: true,
				value: (row: YearRow) => row.values.get(code)
			}))
		]
	};
}
