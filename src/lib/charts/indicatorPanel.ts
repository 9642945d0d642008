/**
 * One small line chart of a small-multiples grid: the focus (a country, or the World on target pages) in
 * colour, the World beside it in grey, and the 2010 rule. Sized for a grid cell, so axes are sparse.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n';
import type { IndicatorPanel } from '../queries/indicators/panels';
import type { SeriesPoint } from '../queries/indicators/values';
import { pointTitle, targetYearMarks, yearDomain, type IndicatorChartOptions } from './indicatorSeries';
import { valueTicks } from './indicatorFormat';
import { documentOption } from './options';
import { ACCENT, THEME } from './palette';
import type { TableData } from './table';

const PANEL_HEIGHT = 150;
const REFERENCE = THEME.borderStrong;

export function indicatorPanelChart(panel: IndicatorPanel, options: IndicatorChartOptions): SVGSVGElement | HTMLElement {
	const focus = panel.series.filter((point) => point.code === panel.focus);
	const reference = panel.series.filter((point) => point.code !== panel.focus);
	const focusName = focus[0]?.name ?? panel.focus;
	const domain = yearDomain(panel.series);
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height: options.height ?? PANEL_HEIGHT,
		marginTop: 20,
		marginLeft: 44,
		marginRight: 16,
		marginBottom: 24,
		ariaLabel: options.ariaLabel,
		ariaDescription: reference.length
			? t('indicator.panel.description', { name: focusName, reference: reference[0].name, unit: options.unit })
			: t('indicator.panel.descriptionAlone', { name: focusName, unit: options.unit }),
		x: { domain, label: null, tickFormat: (year: number) => String(year), ticks: 3 },
		y: {
			label: null,
			grid: true,
			tickFormat: options.format,
			ticks: valueTicks(
				panel.series.map((point) => point.value),
				3
			),
			nice: true
		},
		marks: [
			...targetYearMarks(domain, t('indicator.targetYear.short')),
			Plot.line(reference, { x: 'year', y: 'value', stroke: REFERENCE, strokeDasharray: '3 2', strokeWidth: 1.25 }),
			Plot.line(focus, { x: 'year', y: 'value', stroke: ACCENT, strokeWidth: 2 }),
			Plot.dot(panel.series, { x: 'year', y: 'value', r: 5, fill: 'transparent', title: (p: SeriesPoint) => pointTitle(p, options.format) })
		]
	});
}

interface PanelRow {
	year: number;
	focus: number | undefined;
	reference: number | undefined;
}

/** Year by year (latest first): the focus's value and the World's. */
export function indicatorPanelTable(panel: IndicatorPanel, caption: string, format: (value: number | undefined) => string): TableData<PanelRow> {
	const years = [...new Set(panel.series.map((point) => point.year))].sort((a, b) => b - a);
	const valueAt = (year: number, own: boolean) => panel.series.find((p) => p.year === year && (p.code === panel.focus) === own)?.value;
	const focusName = panel.series.find((point) => point.code === panel.focus)?.name ?? panel.focus;
	const referenceName = panel.series.find((point) => point.code !== panel.focus)?.name;
	return {
		caption,
		rows: years.map((year) => ({ year, focus: valueAt(year, true), reference: valueAt(year, false) })),
		columns: [
			{ label: t('indicator.col.year'), cell: (row) => String(row.year), value: (row) => row.year },
			{ label: focusName, cell: (row) => format(row.focus), numeric: true, value: (row) => row.focus },
			...(referenceName
				? [{ label: referenceName, cell: (row: PanelRow) => format(row.reference), numeric: true, value: (row: PanelRow) => row.reference }]
				: [])
		]
	};
}
