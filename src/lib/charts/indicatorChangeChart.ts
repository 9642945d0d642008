/**
 * The change 2000–2010 and since 2010 as arrows from the earlier to the later value, one row per entity
 * (the World, chosen countries, regions and income groups): dashed for 2000–2010, solid since 2010, coloured
 * by whether the direction is good news; the words are in each arrow's title and in the data table.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n';
import type { EntityChange } from '../queries/indicators/values';
import type { Change } from '../indicators/change';
import { directionLabel, verdictColor } from './indicatorChange';
import { formatChange, type ValueFormat } from './indicatorFormat';
import type { IndicatorChartOptions } from './indicatorSeries';
import { aggregateKindLabel } from './indicatorAggregates';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth } from './options';
import type { TableData } from './table';

interface Arrow {
	code: string;
	name: string;
	period: 'before' | 'since';
	change: Change;
}

const ROW_HEIGHT = 56;

export const entityLabel = (row: EntityChange) =>
	row.kind === 'region' || row.kind === 'income_group' ? `${row.name} · ${aggregateKindLabel(row.kind)}` : row.name;

export function changeDescription(name: string, change: Change, format: ValueFormat): string {
	return t('indicator.change.arrow', {
		name,
		from_year: change.from_year,
		to_year: change.to_year,
		from: format(change.from),
		to: format(change.to),
		change: formatChange(change, format),
		direction: directionLabel(change)
	});
}

/** Entities with at least one change, in the order given. */
export const changedRows = (rows: EntityChange[]) => rows.filter((row) => row.before || row.since);

export function indicatorChangeChart(rows: EntityChange[], options: IndicatorChartOptions): SVGSVGElement | HTMLElement {
	const shown = changedRows(rows);
	const arrows: Arrow[] = shown.flatMap((row) =>
		(['before', 'since'] as const).flatMap((period) => (row[period] ? [{ code: row.code, name: entityLabel(row), period, change: row[period]! }] : []))
	);
	const values = arrows.flatMap((arrow) => [arrow.change.from, arrow.change.to]);
	const { height, bandwidth } = barRowsLayout(shown.length, ROW_HEIGHT);
	const arrowMark = (period: Arrow['period'], dy: number) =>
		Plot.arrow(
			arrows.filter((arrow) => arrow.period === period),
			{
				x1: (arrow: Arrow) => arrow.change.from,
				x2: (arrow: Arrow) => arrow.change.to,
				y: 'code',
				dy,
				stroke: (arrow: Arrow) => verdictColor(arrow.change),
				strokeWidth: 2,
				strokeDasharray: period === 'before' ? '5 3' : undefined,
				headLength: 7,
				title: (arrow: Arrow) => changeDescription(arrow.name, arrow.change, options.format)
			}
		);
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: BAR_ROWS.marginSide + 4,
		marginRight: BAR_ROWS.marginSide + 8,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(options, t('indicator.change.description', { unit: options.unit })),
		x: {
			domain: values.length ? [Math.min(...values), Math.max(...values)] : [0, 1],
			nice: true,
			label: options.unit,
			grid: true,
			tickFormat: options.format,
			ticks: Math.max(2, Math.floor(options.width / 150))
		},
		y: { domain: shown.map((row) => row.code), axis: null, padding: BAR_ROWS.padding },
		color: { type: 'identity' },
		marks: [
			Plot.text(shown, {
				y: 'code',
				frameAnchor: 'left',
				text: entityLabel,
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -bandwidth / 2,
				lineWidth: labelLineWidth(options.width),
				textOverflow: 'ellipsis',
				fontWeight: 600
			}),
			arrowMark('before', 2),
			arrowMark('since', 14)
		]
	});
}

export function indicatorChangeTable(rows: EntityChange[], caption: string, format: ValueFormat): TableData<EntityChange> {
	return {
		caption,
		rows,
		columns: [
			{ label: t('indicator.col.entity'), cell: entityLabel },
			{ label: t('indicator.col.start'), cell: (row) => format(row.start), numeric: true, value: (row) => row.start },
			{ label: t('indicator.col.target'), cell: (row) => format(row.target), numeric: true, value: (row) => row.target },
			{ label: t('indicator.col.latest'), cell: (row) => `${format(row.latest)} (${row.latest_year})`, numeric: true, value: (row) => row.latest },
			{ label: t('indicator.col.before'), cell: (row) => formatChange(row.before, format), numeric: true, value: (row) => row.before?.absolute },
			{ label: t('indicator.col.beforeDirection'), cell: (row) => directionLabel(row.before) },
			{ label: t('indicator.col.since'), cell: (row) => formatChange(row.since, format), numeric: true, value: (row) => row.since?.absolute },
			{ label: t('indicator.col.sinceDirection'), cell: (row) => directionLabel(row.since) }
		]
	};
}
