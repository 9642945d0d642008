/**
 * How the countries that reported fall across the status classes, one stacked bar per target, grouped
 * under a heading row per goal. Segments carry the class symbol and the count where they have room.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, statusLabel, t } from '../i18n';
import type { TargetClassCount } from '../queries/lens-types';
import type { FrameworkElement } from '../queries/types';
import { SHARE_CLASSES, type StatusClass } from '../schema';
import { BAR_ROWS, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { statusColor, statusInk, statusSymbol, THEME } from './palette';
import type { TableData } from './table';

export interface TargetSegment extends TargetClassCount {
	code: string;
	/** Countries with a status row for the target (those that reported). */
	total: number;
}

export interface StackRow {
	key: string;
	kind: 'goal' | 'target';
	label: string;
}

const ROW_HEIGHT = 34;

/** Goal heading rows and target rows in framework order; goals without targets are left out. */
export function stackRows(framework: FrameworkElement[]): StackRow[] {
	const ordered = framework.toSorted((a, b) => a.sort - b.sort);
	return ordered
		.filter((element) => element.level === 'goal')
		.flatMap((goal) => {
			const targets = ordered.filter((element) => element.level === 'target' && element.parent_id === goal.element_id);
			if (targets.length === 0) return [];
			return [
				{ key: goal.element_id, kind: 'goal' as const, label: t('matrix.goal', { code: goal.code, title: goal.title }) },
				...targets.map((target) => ({ key: target.element_id, kind: 'target' as const, label: `${target.code} ${target.title}` }))
			];
		});
}

/** Segments of the classes and no data; not covered is left out of the bars and their totals (rule 4). */
export function targetSegments(rows: TargetClassCount[], framework: FrameworkElement[]): TargetSegment[] {
	const codes = new Map(framework.map((element) => [element.element_id, element.code]));
	const totals = new Map<string, number>();
	const shared = rows.filter((row) => (SHARE_CLASSES as readonly string[]).includes(row.status));
	for (const row of shared) totals.set(row.element_id, (totals.get(row.element_id) ?? 0) + row.countries);
	return shared.map((row) => ({ ...row, code: codes.get(row.element_id) ?? row.element_id, total: totals.get(row.element_id) ?? 0 }));
}

export function segmentDescription(segment: TargetSegment): string {
	return t('stack.segment', {
		code: segment.code,
		count: formatNumber(segment.countries),
		total: formatNumber(segment.total),
		status: statusLabel(segment.status).toLowerCase(),
		share: formatPercent(segment.total ? segment.countries / segment.total : null)
	});
}

export interface ClassStackOptions extends ChartOptions {
	ariaLabel: string;
	ariaDescription: string;
}

export function classStackChart(rows: TargetClassCount[], framework: FrameworkElement[], options: ClassStackOptions): SVGSVGElement | HTMLElement {
	const { width } = options;
	const { labelHeight, marginSide } = BAR_ROWS;
	const notCovered = new Set(rows.filter((row) => row.status === 'not_covered' && row.countries > 0).map((row) => row.element_id));
	const lines = stackRows(framework).map((line) =>
		notCovered.has(line.key) ? { ...line, label: `${line.label} — ${statusSymbol('not_covered')} ${statusLabel('not_covered')}` } : line
	);
	const segments = targetSegments(rows, framework).filter((segment) => segment.countries > 0);
	const maxTotal = Math.max(1, ...segments.map((segment) => segment.total));
	const pxPerCountry = Math.max(0, width - 2 * marginSide - 12) / maxTotal;
	const segmentText = (segment: TargetSegment) => {
		const room = segment.countries * pxPerCountry;
		const count = formatNumber(segment.countries);
		if (room >= 12 + 7 * count.length) return `${statusSymbol(segment.status)} ${count}`;
		return room >= 7 * count.length ? count : '';
	};
	const stack = { y: 'element_id', x: 'countries', order: null } as const;
	const bandwidth = ROW_HEIGHT * (1 - BAR_ROWS.padding);
	// Target labels sit above their bar; goal headings sit low in their row, next to their first target.
	const label = (kind: StackRow['kind']) =>
		({
			y: 'key',
			x: 0,
			text: 'label',
			textAnchor: 'start',
			lineAnchor: kind === 'goal' ? 'bottom' : 'top',
			dy: kind === 'goal' ? bandwidth / 2 : -bandwidth / 2,
			lineWidth: labelLineWidth(width),
			textOverflow: 'ellipsis',
			fontWeight: kind === 'goal' ? 700 : 400
		}) as const;

	return Plot.plot({
		...documentOption(options),
		width,
		height: lines.length * ROW_HEIGHT + BAR_ROWS.marginTop + BAR_ROWS.marginBottom,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide,
		marginRight: marginSide + 12,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(options, options.ariaDescription),
		color: { type: 'identity' },
		x: { domain: [0, maxTotal], label: t('stack.axis'), ticks: Math.min(maxTotal, 6), tickFormat: formatNumber, grid: true },
		y: { domain: lines.map((line) => line.key), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(
				segments,
				Plot.stackX({
					...stack,
					fill: (segment: TargetSegment) => statusColor(segment.status),
					stroke: THEME.background,
					insetTop: labelHeight,
					title: segmentDescription
				})
			),
			Plot.text(
				lines.filter((line) => line.kind === 'goal'),
				label('goal')
			),
			Plot.text(
				lines.filter((line) => line.kind === 'target'),
				label('target')
			),
			Plot.text(
				segments,
				Plot.stackX({
					...stack,
					text: segmentText,
					fill: (segment: TargetSegment) => statusInk(segment.status),
					dy: labelHeight / 2,
					ariaHidden: 'true'
				})
			)
		]
	});
}

export interface StackTableRow {
	code: string;
	title: string;
	total: number;
	counts: Record<StatusClass, number>;
}

/** The numbers behind the bars: one row per target, one column per class. */
export function classStackTable(rows: TargetClassCount[], framework: FrameworkElement[], caption: string): TableData<StackTableRow> {
	const byTarget = new Map<string, StackTableRow>();
	for (const segment of targetSegments(rows, framework)) {
		const target = framework.find((element) => element.element_id === segment.element_id);
		const row = byTarget.get(segment.element_id) ?? {
			code: segment.code,
			title: target?.title ?? '',
			total: segment.total,
			counts: Object.fromEntries(SHARE_CLASSES.map((status) => [status, 0])) as Record<StatusClass, number>
		};
		row.counts[segment.status] = segment.countries;
		byTarget.set(segment.element_id, row);
	}
	const order = stackRows(framework).filter((line) => line.kind === 'target');
	return {
		caption,
		rows: order.map((line) => byTarget.get(line.key)).filter((row): row is StackTableRow => row != null),
		columns: [
			{ label: t('stack.col.target'), cell: (row) => `${row.code} ${row.title}` },
			...SHARE_CLASSES.map((status) => ({
				label: `${statusSymbol(status)} ${statusLabel(status)}`,
				csvLabel: statusLabel(status),
				cell: (row: StackTableRow) => formatNumber(row.counts[status]),
				value: (row: StackTableRow) => row.counts[status],
				numeric: true
			})),
			{ label: t('stack.col.total'), cell: (row) => formatNumber(row.total), numeric: true, value: (row) => row.total }
		]
	};
}
