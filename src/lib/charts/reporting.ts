/** Reporting rate (rule 5) of every convention and cycle: one labelled horizontal bar each. */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, t } from '../i18n';
import type { Convention, ReportingRow } from '../queries/types';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { ACCENT, ACCENT_INK } from './palette';
import type { TableData } from './table';

export interface ReportingBar extends ReportingRow {
	short_name: string;
	/** Unique y position: convention and cycle. */
	key: string;
	/** What the y axis shows for the bar. */
	axisLabel: string;
}

/** The rows in reading order: conventions as given, cycles by year. Also what the data table lists. */
export function reportingBars(rows: ReportingRow[], conventions: Convention[]): ReportingBar[] {
	return conventions.flatMap((convention) =>
		rows
			.filter((row) => row.convention_id === convention.convention_id)
			.toSorted((a, b) => a.year - b.year)
			.map((row) => ({
				...row,
				short_name: convention.short_name,
				key: `${row.convention_id}/${row.cycle_id}`,
				axisLabel: `${convention.short_name} · ${row.label}`
			}))
	);
}

export function reportingDescription(bar: ReportingBar): string {
	const base = { convention: bar.short_name, cycle: bar.label, year: bar.year };
	if (bar.rate == null) return t('reporting.none', base);
	return t('reporting.bar', {
		...base,
		rate: formatPercent(bar.rate),
		submitted: formatNumber(bar.submitted),
		expected: formatNumber(bar.expected)
	});
}

const ROW_HEIGHT = 44;
/** Above this rate the label goes inside the bar, so it never runs off the chart. */
const INSIDE_FROM = 0.85;

export function reportingChart(rows: ReportingRow[], conventions: Convention[], options: ChartOptions): SVGSVGElement | HTMLElement {
	const bars = reportingBars(rows, conventions);
	const { width } = options;
	const { labelHeight, marginSide } = BAR_ROWS;
	const { height, bandwidth } = barRowsLayout(bars.length, ROW_HEIGHT);
	const percent = (bar: ReportingBar) => (bar.rate ?? 0) * 100;
	const label = (bar: ReportingBar) => formatPercent(bar.rate);
	const withRate = bars.filter((bar) => bar.rate != null);
	const inBar = { y: 'key', x: percent, text: label, dy: labelHeight / 2 } as const;

	return Plot.plot({
		...documentOption(options),
		width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide,
		marginRight: marginSide + 12,
		ariaLabel: t('reporting.title'),
		ariaDescription: chartDescription(options, t('reporting.description')),
		x: { domain: [0, 100], label: t('reporting.axis'), grid: true, tickFormat: (d: number) => formatPercent(d / 100) },
		y: { domain: bars.map((bar) => bar.key), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(withRate, { y: 'key', x: percent, fill: ACCENT, insetTop: labelHeight, title: reportingDescription }),
			Plot.ruleX([0]),
			Plot.text(bars, {
				y: 'key',
				x: 0,
				text: 'axisLabel',
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -bandwidth / 2,
				lineWidth: labelLineWidth(width),
				textOverflow: 'ellipsis'
			}),
			Plot.text(
				withRate.filter((bar) => bar.rate! < INSIDE_FROM),
				{ ...inBar, textAnchor: 'start', dx: 4 }
			),
			Plot.text(
				withRate.filter((bar) => bar.rate! >= INSIDE_FROM),
				{ ...inBar, textAnchor: 'end', dx: -4, fill: ACCENT_INK }
			),
			Plot.text(
				bars.filter((bar) => bar.rate == null),
				{ ...inBar, x: 0, text: () => '–', textAnchor: 'start', dx: 4, title: reportingDescription }
			)
		]
	});
}

/** The numbers behind the bars, for the chart's data-table view. */
export function reportingTable(rows: ReportingRow[], conventions: Convention[]): TableData<ReportingBar> {
	return {
		caption: t('reporting.title'),
		rows: reportingBars(rows, conventions),
		columns: [
			{ label: t('reporting.col.convention'), cell: (bar) => bar.short_name },
			{ label: t('reporting.col.cycle'), cell: (bar) => bar.label },
			{ label: t('reporting.col.year'), cell: (bar) => String(bar.year), numeric: true, value: (bar) => bar.year },
			{ label: t('reporting.col.expected'), cell: (bar) => formatNumber(bar.expected), numeric: true, value: (bar) => bar.expected },
			{ label: t('reporting.col.submitted'), cell: (bar) => formatNumber(bar.submitted), numeric: true, value: (bar) => bar.submitted },
			{ label: t('reporting.col.rate'), cell: (bar) => formatPercent(bar.rate), numeric: true, value: (bar) => bar.rate }
		]
	};
}
