/**
 * The countries with the highest and the lowest values in a year (countries only, never aggregates): labelled
 * horizontal bars, the label on a line above each bar as in the reporting chart, so long names fit a phone.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, t } from '../i18n';
import type { RankedValue } from '../queries/indicators/indicator-page';
import type { IndicatorChartOptions } from './indicatorSeries';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth } from './options';
import { ACCENT } from './palette';
import type { TableData } from './table';

export const RANKING_SIZE = 10;

/** The top and bottom of the ranking; a short list is shown whole, once. */
export function rankingEnds(rows: RankedValue[], size = RANKING_SIZE): { top: RankedValue[]; bottom: RankedValue[] } {
	if (rows.length <= 2 * size) return { top: rows, bottom: [] };
	return { top: rows.slice(0, size), bottom: rows.slice(-size) };
}

const ROW_HEIGHT = 40;

export function indicatorRankingChart(rows: RankedValue[], options: IndicatorChartOptions & { total: number }): SVGSVGElement | HTMLElement {
	const { width, format } = options;
	const { height, bandwidth } = barRowsLayout(rows.length, ROW_HEIGHT);
	const values = rows.map((row) => row.value);
	const label = (row: RankedValue) => t('indicator.ranking.bar', { rank: row.rank, total: options.total, name: row.name });
	return Plot.plot({
		...documentOption(options),
		width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: BAR_ROWS.marginSide + 12,
		marginRight: BAR_ROWS.marginSide + 40,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(options, t('indicator.ranking.description', { unit: options.unit })),
		x: {
			domain: [Math.min(0, ...values), Math.max(0, ...values)],
			label: options.unit,
			grid: true,
			tickFormat: format,
			ticks: Math.max(2, Math.floor(width / 100))
		},
		y: { domain: rows.map((row) => row.iso3), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(rows, {
				y: 'iso3',
				x: 'value',
				fill: ACCENT,
				insetTop: BAR_ROWS.labelHeight,
				title: (row: RankedValue) => `${label(row)}: ${format(row.value)}`
			}),
			Plot.ruleX([0]),
			Plot.text(rows, {
				y: 'iso3',
				x: Math.min(0, ...values),
				text: label,
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -bandwidth / 2,
				lineWidth: labelLineWidth(width),
				textOverflow: 'ellipsis'
			}),
			Plot.text(rows, { y: 'iso3', x: 'value', text: (row: RankedValue) => format(row.value), textAnchor: 'start', dx: 4, dy: BAR_ROWS.labelHeight / 2 })
		]
	});
}

export function indicatorRankingTable(rows: RankedValue[], caption: string, format: (value: number) => string): TableData<RankedValue> {
	return {
		caption,
		rows,
		columns: [
			{ label: t('indicator.col.rank'), cell: (row) => formatNumber(row.rank), value: (row) => row.rank },
			{ label: t('indicator.col.country'), cell: (row) => row.name },
			{ label: t('indicator.col.value'), cell: (row) => format(row.value), numeric: true, value: (row) => row.value }
		]
	};
}
