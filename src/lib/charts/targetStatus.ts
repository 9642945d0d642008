/**
 * One framework element's status by convention and cycle: a labelled bar per cycle on the 0–1 score
 * scale, coloured and marked by class, with the number of countries behind it. Each row carries
 * `data-key` (convention/cycle), so a page can let a click on it select that convention.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatScore, listOf, statusLabel, t } from '../i18n';
import type { ElementCycleStatus } from '../queries/target/element-by-cycle';
import { CLASS_THRESHOLDS } from '../scoring';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { statusColor, statusInk, statusSymbol } from './palette';
import type { TableData } from './table';

export interface TargetStatusOptions extends ChartOptions {
	/** Names the element in the chart's words, e.g. "target 1.1". */
	element: string;
	/** Keys (`convention/cycle`) of the rows to emphasise: the cycles the page shows. */
	shown?: string[];
}

export const statusRowKey = (row: Pick<ElementCycleStatus, 'convention_id' | 'cycle_id'>) => `${row.convention_id}/${row.cycle_id}`;

/** A cycle's label with its year, unless the label already names it ("… (Rome, 2008)"). */
export function cycleWithYear(cycle: { label: string; year: number }): string {
	return cycle.label.includes(String(cycle.year)) ? cycle.label : `${cycle.label} (${cycle.year})`;
}

export function statusRowLabel(row: ElementCycleStatus): string {
	return `${row.short_name} · ${cycleWithYear(row)}`;
}

export function statusRowDescription(row: ElementCycleStatus): string {
	const base = { convention: row.short_name, cycle: cycleWithYear(row), reports: formatNumber(row.n_reports) };
	if (row.score == null) return t('target.status.bar.none', base);
	return t('target.status.bar', {
		...base,
		status: statusLabel(row.status),
		score: formatScore(row.score),
		countries: formatNumber(row.n_countries)
	});
}

/** The short text at the bar: symbol, score and countries behind it. */
function barText(row: ElementCycleStatus): string {
	if (row.score == null) return `${statusSymbol('no_data')} ${t('target.status.noData', { reports: formatNumber(row.n_reports) })}`;
	return `${statusSymbol(row.status)} ${formatScore(row.score)} · ${t('target.status.countries', { count: formatNumber(row.n_countries) })}`;
}

const ROW_HEIGHT = 46;
/** From this score the text goes inside the bar, so it never runs off the chart. */
const INSIDE_FROM = 0.6;

export function targetStatusChart(rows: ElementCycleStatus[], options: TargetStatusOptions): SVGSVGElement | HTMLElement {
	const { width, shown = [] } = options;
	const { labelHeight, marginSide } = BAR_ROWS;
	const { height, bandwidth } = barRowsLayout(rows.length, ROW_HEIGHT);
	const key = statusRowKey;
	const scored = rows.filter((row) => row.score != null);
	const inBar = { y: key, x: (row: ElementCycleStatus) => row.score ?? 0, text: barText, dy: labelHeight / 2 } as const;
	const label = {
		y: key,
		x: 0,
		text: statusRowLabel,
		textAnchor: 'start',
		lineAnchor: 'top',
		dy: -bandwidth / 2,
		lineWidth: labelLineWidth(width),
		textOverflow: 'ellipsis'
	} as const;
	const isShown = (row: ElementCycleStatus) => shown.includes(key(row));

	const chart = Plot.plot({
		...documentOption(options),
		width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide + 8,
		marginRight: marginSide + 12,
		ariaLabel: t('target.status.title'),
		ariaDescription: chartDescription(
			options,
			t('target.status.description', { element: options.element, boundaries: listOf(CLASS_THRESHOLDS.slice(1).map((c) => formatScore(c.min))) })
		),
		x: { domain: [0, 1], label: t('target.status.axis'), ticks: [0, ...CLASS_THRESHOLDS.slice(1).map((c) => c.min), 1], tickFormat: formatScore },
		y: { domain: rows.map(key), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(rows, { y: key, x1: 0, x2: 1, fill: 'var(--surface, #f5f6f7)', insetTop: labelHeight, title: statusRowDescription }),
			Plot.ruleX(CLASS_THRESHOLDS.slice(1), { x: 'min', stroke: 'var(--border, #d9dcdf)', strokeDasharray: '3,3' }),
			Plot.barX(scored, {
				y: key,
				x: (row: ElementCycleStatus) => row.score,
				fill: (row: ElementCycleStatus) => statusColor(row.status),
				stroke: (row: ElementCycleStatus) => (isShown(row) ? 'var(--text, #1a1a1a)' : 'none'),
				strokeWidth: 2,
				insetTop: labelHeight,
				title: statusRowDescription
			}),
			Plot.ruleX([0]),
			Plot.text(
				rows.filter((row) => !isShown(row)),
				label
			),
			Plot.text(rows.filter(isShown), { ...label, fontWeight: 700 }),
			Plot.text(
				rows.filter((row) => (row.score ?? 0) < INSIDE_FROM),
				{ ...inBar, textAnchor: 'start', dx: 4, ariaHidden: 'true' }
			),
			Plot.text(
				scored.filter((row) => row.score! >= INSIDE_FROM),
				{ ...inBar, textAnchor: 'end', dx: -4, fill: (row: ElementCycleStatus) => statusInk(row.status), ariaHidden: 'true' }
			)
		]
	});
	markRows(chart, [rows, scored]);
	return chart;
}

/** Gives each bar (the track and the score) its row's key; Plot binds a bar to its index in the mark's data. */
function markRows(chart: Element, marks: ElementCycleStatus[][]): void {
	const groups = [...chart.querySelectorAll('g[aria-label="bar"]')];
	groups.forEach((group, mark) => {
		for (const rect of group.querySelectorAll('rect')) {
			const index = (rect as unknown as { __data__?: number }).__data__;
			const row = index === undefined ? undefined : marks[mark]?.[index];
			if (row) rect.setAttribute('data-key', statusRowKey(row));
		}
	});
}

/** The numbers behind the bars: one row per convention and cycle. */
export function targetStatusTable(rows: ElementCycleStatus[]): TableData<ElementCycleStatus> {
	return {
		caption: t('target.status.title'),
		rows,
		columns: [
			{ label: t('target.col.convention'), cell: (row) => row.short_name },
			{ label: t('target.col.cycle'), cell: (row) => row.label },
			{ label: t('target.col.year'), cell: (row) => String(row.year), numeric: true, value: (row) => row.year },
			{
				label: t('target.col.status'),
				cell: (row) => `${statusSymbol(row.status)} ${statusLabel(row.status)}`,
				category: (row) => ({ id: row.status, label: statusLabel(row.status) })
			},
			{ label: t('target.col.score'), cell: (row) => formatScore(row.score), numeric: true, value: (row) => row.score },
			{ label: t('target.col.countries'), cell: (row) => formatNumber(row.n_countries), numeric: true, value: (row) => row.n_countries },
			{ label: t('target.col.reports'), cell: (row) => formatNumber(row.n_reports), numeric: true, value: (row) => row.n_reports }
		]
	};
}
