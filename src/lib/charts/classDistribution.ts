/** How each convention's targets fall across the status classes: one stacked bar per convention. */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, statusLabel, t } from '../i18n';
import type { Convention, MatrixCell } from '../queries/types';
import { SHARE_CLASSES as STATUS_CLASSES, type StatusClass } from '../schema';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { statusColor, statusInk, statusSymbol, THEME } from './palette';
import type { TableData } from './table';

export interface ClassCount {
	convention_id: string;
	short_name: string;
	cycle_label: string;
	status: StatusClass;
	/** Targets of the convention in this class. */
	count: number;
	/** Targets the convention's format asks about (not covered ones are left out of the shares). */
	total: number;
	share: number;
}

/** Counts per convention (in the order given) and class (in class order, zeros included). */
export function classCounts(cells: MatrixCell[], conventions: Convention[]): ClassCount[] {
	return conventions.flatMap((convention) => {
		const all = cells.filter((cell) => cell.convention_id === convention.convention_id);
		const own = all.filter((cell) => cell.status !== 'not_covered');
		if (own.length === 0) return [];
		return STATUS_CLASSES.map((status) => {
			const count = own.filter((cell) => cell.status === status).length;
			return {
				convention_id: convention.convention_id,
				short_name: convention.short_name,
				cycle_label: own[0].cycle_label,
				status,
				count,
				total: own.length,
				share: count / own.length
			};
		});
	});
}

export function classCountDescription(row: ClassCount): string {
	return t('classes.segment', {
		convention: row.short_name,
		cycle: row.cycle_label,
		count: formatNumber(row.count),
		total: formatNumber(row.total),
		status: statusLabel(row.status).toLowerCase(),
		share: formatPercent(row.share)
	});
}

const ROW_HEIGHT = 52;

export function classDistributionChart(cells: MatrixCell[], conventions: Convention[], options: ChartOptions): SVGSVGElement | HTMLElement {
	const counts = classCounts(cells, conventions).filter((row) => row.count > 0);
	const { width } = options;
	const { labelHeight, marginSide } = BAR_ROWS;
	const labels = new Map(counts.map((row) => [row.convention_id, `${row.short_name} · ${row.cycle_label}`]));
	const { height, bandwidth } = barRowsLayout(labels.size, ROW_HEIGHT);
	const maxTotal = Math.max(1, ...counts.map((row) => row.total));
	const pxPerTarget = Math.max(0, width - 2 * marginSide - 12) / maxTotal;
	// Symbol and count where the segment has room, the count alone where it is narrow.
	const segmentText = (row: ClassCount) => {
		const room = row.count * pxPerTarget;
		if (room >= 30) return `${statusSymbol(row.status)} ${formatNumber(row.count)}`;
		return room >= 10 ? formatNumber(row.count) : '';
	};
	const stack = { y: 'convention_id', x: 'count', order: null } as const;

	return Plot.plot({
		...documentOption(options),
		width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide,
		marginRight: marginSide + 12,
		ariaLabel: t('classes.title'),
		ariaDescription: chartDescription(options, t('classes.description')),
		color: { type: 'identity' },
		x: { domain: [0, maxTotal], label: t('classes.axis'), ticks: Math.min(maxTotal, 7), tickFormat: formatNumber },
		y: { domain: [...labels.keys()], axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(
				counts,
				Plot.stackX({
					...stack,
					fill: (row: ClassCount) => statusColor(row.status),
					stroke: THEME.background,
					insetTop: labelHeight,
					title: classCountDescription
				})
			),
			Plot.text([...labels], {
				y: ([id]: [string, string]) => id,
				x: 0,
				text: ([, label]: [string, string]) => label,
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -bandwidth / 2,
				lineWidth: labelLineWidth(width),
				textOverflow: 'ellipsis'
			}),
			Plot.text(
				counts,
				Plot.stackX({
					...stack,
					text: segmentText,
					fill: (row: ClassCount) => statusInk(row.status),
					dy: labelHeight / 2,
					ariaHidden: 'true'
				})
			)
		]
	});
}

export interface ClassCountRow {
	short_name: string;
	cycle_label: string;
	total: number;
	counts: Record<StatusClass, number>;
}

/** The numbers behind the stacked bars: one row per convention, one column per class. */
export function classDistributionTable(cells: MatrixCell[], conventions: Convention[]): TableData<ClassCountRow> {
	const rows = new Map<string, ClassCountRow>();
	for (const count of classCounts(cells, conventions)) {
		const row = rows.get(count.convention_id) ?? {
			short_name: count.short_name,
			cycle_label: count.cycle_label,
			total: count.total,
			counts: Object.fromEntries(STATUS_CLASSES.map((status) => [status, 0])) as Record<StatusClass, number>
		};
		row.counts[count.status] = count.count;
		rows.set(count.convention_id, row);
	}
	const share = (row: ClassCountRow, status: StatusClass) => `${formatNumber(row.counts[status])} (${formatPercent(row.counts[status] / row.total)})`;
	return {
		caption: t('classes.title'),
		rows: [...rows.values()],
		columns: [
			{ label: t('classes.col.convention'), cell: (row) => row.short_name },
			{ label: t('classes.col.cycle'), cell: (row) => row.cycle_label },
			...STATUS_CLASSES.map((status) => ({
				label: `${statusSymbol(status)} ${statusLabel(status)}`,
				csvLabel: statusLabel(status),
				cell: (row: ClassCountRow) => share(row, status),
				value: (row: ClassCountRow) => row.counts[status],
				numeric: true
			})),
			{ label: t('classes.col.total'), cell: (row) => formatNumber(row.total), numeric: true, value: (row) => row.total }
		]
	};
}
