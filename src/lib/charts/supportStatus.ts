/**
 * Support vs status: one point per target with a status, implementation status across and ongoing activities
 * up, shaped by its mark (diamond = opportunity, triangle = closer look) and filled by its status class, with
 * the support rule's thresholds as dashed lines.
 */
import * as Plot from '@observablehq/plot';
import { SUPPORT_RULE } from '../activities/support-rule';
import { formatNumber, formatScore, statusLabel, t } from '../i18n';
import type { TargetSupport } from '../queries/activity-types';
import { chartDescription, documentOption, type ChartOptions } from './options';
import { statusColor, THEME } from './palette';
import type { TableData } from './table';

const SYMBOLS = { opportunity: 'diamond', closer_look: 'triangle', none: 'circle' } as const;

export function supportPointLabel(row: TargetSupport): string {
	return t('activities.support.point', {
		target: t('target.level.target', { code: row.code }),
		status: statusLabel(row.status),
		score: formatScore(row.score),
		ongoing: formatNumber(row.n_ongoing),
		agencies: formatNumber(row.n_agencies)
	});
}

export function supportStatusChart(rows: TargetSupport[], options: ChartOptions): SVGSVGElement | HTMLElement {
	const scored = rows.filter((row) => row.score !== null);
	const top = Math.max(SUPPORT_RULE.manyAtLeast + 1, ...scored.map((row) => row.n_ongoing));
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height: 340,
		marginLeft: 40,
		marginRight: 24,
		marginBottom: 44,
		ariaLabel: t('activities.support.title'),
		ariaDescription: chartDescription(options, t('activities.support.description')),
		x: { domain: [0, 1], label: t('activities.support.axisX'), grid: true, tickFormat: (d: number) => formatScore(d) },
		y: { domain: [0, top], label: t('activities.support.axisY'), grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? formatNumber(d) : '') },
		color: { type: 'identity' },
		symbol: { domain: Object.keys(SYMBOLS), range: Object.values(SYMBOLS) },
		marks: [
			Plot.ruleX([SUPPORT_RULE.lagsBelow], { stroke: THEME.borderStrong, strokeDasharray: '4 3' }),
			Plot.ruleY([SUPPORT_RULE.thinAtMost + 0.5, SUPPORT_RULE.manyAtLeast - 0.5], { stroke: THEME.borderStrong, strokeDasharray: '4 3' }),
			Plot.dot(scored, {
				x: 'score',
				y: 'n_ongoing',
				r: 7,
				symbol: (row: TargetSupport) => row.mark ?? 'none',
				fill: (row: TargetSupport) => statusColor(row.status),
				stroke: THEME.text,
				strokeWidth: 1,
				title: supportPointLabel
			}),
			Plot.text(scored, { x: 'score', y: 'n_ongoing', text: 'code', dx: 10, textAnchor: 'start', fill: THEME.text, fontSize: 11 })
		]
	});
}

export function supportTable(rows: TargetSupport[]): TableData<TargetSupport> {
	const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${formatScore(value)}`);
	return {
		caption: t('activities.support.title'),
		rows,
		columns: [
			{ label: t('activities.support.col.target'), cell: (row) => row.code },
			{ label: t('activities.support.col.status'), cell: (row) => statusLabel(row.status) },
			{ label: t('activities.support.col.score'), cell: (row) => formatScore(row.score), numeric: true },
			{ label: t('activities.support.col.change'), cell: (row) => signed(row.change), numeric: true },
			{ label: t('activities.support.col.activities'), cell: (row) => formatNumber(row.n_activities), numeric: true },
			{ label: t('activities.support.col.ongoing'), cell: (row) => formatNumber(row.n_ongoing), numeric: true },
			{ label: t('activities.support.col.agencies'), cell: (row) => formatNumber(row.n_agencies), numeric: true },
			{ label: t('activities.support.col.mark'), cell: (row) => (row.mark ? t(`activities.mark.${row.mark}`) : '') }
		]
	};
}
