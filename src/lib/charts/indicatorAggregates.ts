/**
 * Regions and income groups as small multiples: one panel per aggregate, titled with its name and kind, its
 * line beside the World's (grey, dashed) and the 2010 rule. Panels wrap to the width, so a phone gets one
 * column and a desktop three or four.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, t } from '../i18n';
import type { SeriesPoint } from '../queries/indicators/values';
import { TARGET_YEAR } from '../indicators/years';
import { pointTitle, yearDomain, type IndicatorChartOptions } from './indicatorSeries';
import { chartDescription, documentOption } from './options';
import { valueTicks } from './indicatorFormat';
import { ACCENT, THEME } from './palette';
import type { TableData } from './table';

const PANEL_MIN_WIDTH = 210;
const PANEL_HEIGHT = 130;

export const aggregateKindLabel = (kind: string) => t(kind === 'income_group' ? 'indicator.kind.income_group' : 'indicator.kind.region');

interface Placed extends SeriesPoint {
	col: number;
	row: number;
}

export function indicatorAggregatesChart(aggregates: SeriesPoint[], world: SeriesPoint[], options: IndicatorChartOptions): SVGSVGElement | HTMLElement {
	const entities = [...new Map(aggregates.map((point) => [point.code, point])).values()];
	const columns = Math.max(1, Math.min(4, Math.floor(options.width / PANEL_MIN_WIDTH)));
	const place = new Map(entities.map((entity, i) => [entity.code, { col: i % columns, row: Math.floor(i / columns) }]));
	const placed: Placed[] = aggregates.map((point) => ({ ...point, ...place.get(point.code)! }));
	const reference: Placed[] = entities.flatMap((entity) => world.map((point) => ({ ...point, ...place.get(entity.code)! })));
	const titles = entities.map((entity) => ({ ...entity, ...place.get(entity.code)! }));
	const rows = Math.ceil(entities.length / columns);
	const facet = { fx: 'col', fy: 'row' } as const;
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height: rows * PANEL_HEIGHT + 40,
		marginTop: 24,
		marginLeft: 44,
		marginRight: 8,
		marginBottom: 28,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(options, t('indicator.aggregates.description', { unit: options.unit, count: formatNumber(entities.length) })),
		fx: { axis: null, padding: 0.12 },
		fy: { axis: null, padding: 0.3 },
		x: { domain: yearDomain([...aggregates, ...world]), label: null, tickFormat: (year: number) => String(year), ticks: 3 },
		y: {
			label: null,
			grid: true,
			tickFormat: options.format,
			ticks: valueTicks(
				[...aggregates, ...world].map((point) => point.value),
				3
			),
			nice: true
		},
		marks: [
			Plot.frame({ stroke: THEME.border }),
			Plot.ruleX([TARGET_YEAR], { stroke: THEME.muted, strokeDasharray: '4 3' }),
			Plot.line(reference, { ...facet, x: 'year', y: 'value', z: 'col', stroke: THEME.borderStrong, strokeDasharray: '3 2', strokeWidth: 1.25 }),
			Plot.line(placed, { ...facet, x: 'year', y: 'value', z: 'code', stroke: ACCENT, strokeWidth: 2 }),
			Plot.dot(placed, { ...facet, x: 'year', y: 'value', r: 5, fill: 'transparent', title: (p: SeriesPoint) => pointTitle(p, options.format) }),
			Plot.text(titles, {
				...facet,
				frameAnchor: 'top-left',
				dy: -14,
				text: (entity: SeriesPoint) => `${entity.name} · ${aggregateKindLabel(entity.kind)}`,
				// Plot measures with Helvetica widths; system fonts run ~20% wider (see labelLineWidth).
				lineWidth: (options.width / columns - 36) / 10 / 1.25,
				textOverflow: 'ellipsis',
				fontWeight: 600
			})
		]
	});
}

/** One row per aggregate and year (latest first within each aggregate): the panels' numbers. */
export function indicatorAggregatesTable(aggregates: SeriesPoint[], caption: string, format: (value: number) => string): TableData<SeriesPoint> {
	return {
		caption,
		rows: aggregates.toSorted((a, b) => (a.code === b.code ? b.year - a.year : 0)),
		columns: [
			{ label: t('indicator.col.aggregate'), cell: (point) => point.name },
			{ label: t('indicator.col.kind'), cell: (point) => aggregateKindLabel(point.kind) },
			{ label: t('indicator.col.year'), cell: (point) => String(point.year), numeric: true, value: (point) => point.year },
			{ label: t('indicator.col.value'), cell: (point) => format(point.value), numeric: true, value: (point) => point.value }
		]
	};
}
