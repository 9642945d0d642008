/**
 * Status moves since a date in one picture: one row per target, an arrow from the class before to the class
 * after for each kind of move (how many countries made it in its title and the table), improvements above
 * the row's middle in blue, declines below in orange, one line per kind of move; the row ends with the counts ("↑3 ↓1").
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, statusLabel, t } from '../i18n';
import type { StatusPair } from '../queries/changes/types';
import { SCORE_CLASSES } from '../scoring';
import { chartDescription, documentOption, type ChartOptions } from './options';
import { THEME } from './palette';
import type { TableData } from './table';

/** Countries that made the same move on a target (same classes before and after). */
export interface MoveGroup {
	code: string;
	before: number;
	after: number;
	countries: number;
}

export interface TargetMoves {
	code: string;
	element_id: string;
	improved: number;
	declined: number;
	groups: MoveGroup[];
}

const step = (status: string) => (SCORE_CLASSES as readonly string[]).indexOf(status);

/** The moves (pairs whose class changed) grouped by target, in the pairs' target order by framework code. */
export function movesByTarget(pairs: StatusPair[]): TargetMoves[] {
	const targets = new Map<string, TargetMoves>();
	for (const pair of pairs.filter((p) => p.move !== 0).toSorted((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))) {
		const target = targets.get(pair.element_id) ?? { code: pair.code, element_id: pair.element_id, improved: 0, declined: 0, groups: [] };
		targets.set(pair.element_id, target);
		if (pair.move > 0) target.improved++;
		else target.declined++;
		const [before, after] = [step(pair.before_status), step(pair.after_status)];
		const group = target.groups.find((g) => g.before === before && g.after === after);
		if (group) group.countries++;
		else target.groups.push({ code: pair.code, before, after, countries: 1 });
	}
	return [...targets.values()];
}

const GOOD = 'var(--trend-good, #1f5fa8)';
const BAD = 'var(--trend-bad, #b34700)';

const groupTitle = (g: MoveGroup) =>
	t('changes.moves.arrow', {
		target: g.code,
		count: formatNumber(g.countries),
		before: statusLabel(SCORE_CLASSES[g.before]),
		after: statusLabel(SCORE_CLASSES[g.after])
	});

/** A move kind placed in its target's row: improvements above the row's middle, declines below, one line each. */
interface PlacedGroup extends MoveGroup {
	y: number;
}

function placed(targets: TargetMoves[]): PlacedGroup[] {
	return targets.flatMap((target, row) => {
		const up = target.groups.filter((g) => g.after > g.before).toSorted((a, b) => a.before - b.before || a.after - b.after);
		const down = target.groups.filter((g) => g.after < g.before).toSorted((a, b) => b.before - a.before || b.after - a.after);
		const spread = (list: MoveGroup[], side: -1 | 1) => list.map((g, i) => ({ ...g, y: row + side * (0.1 + (0.3 * (i + 0.5)) / Math.max(list.length, 1)) }));
		return [...spread(up, -1), ...spread(down, 1)];
	});
}

export function statusMovesChart(targets: TargetMoves[], options: ChartOptions & { ariaLabel: string }): SVGSVGElement | HTMLElement {
	const groups = placed(targets);
	const maxCount = Math.max(1, ...groups.map((g) => g.countries));
	const narrow = options.width < 480;
	const lines = Math.max(1, ...targets.map((target) => target.groups.length));
	const rowHeight = Math.max(40, 10 * lines + 12);
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height: targets.length * rowHeight + 56,
		marginTop: 8,
		marginBottom: 48,
		marginLeft: 44,
		marginRight: 64,
		ariaLabel: options.ariaLabel,
		ariaDescription: chartDescription(options, t('changes.moves.chartDescription')),
		x: {
			domain: [-0.2, SCORE_CLASSES.length - 0.8],
			ticks: SCORE_CLASSES.map((_, i) => i),
			tickFormat: (i: number) => (narrow ? statusLabel(SCORE_CLASSES[i]).split(' ')[0] : statusLabel(SCORE_CLASSES[i])),
			grid: true,
			label: null
		},
		y: {
			domain: [targets.length - 0.5, -0.5],
			ticks: targets.map((_, i) => i),
			tickFormat: (i: number) => targets[i]?.code ?? '',
			label: null
		},
		marks: [
			Plot.ruleY(
				targets.slice(1).map((_, i) => i + 0.5),
				{ stroke: THEME.border }
			),
			Plot.arrow(groups, {
				x1: 'before',
				x2: 'after',
				y: 'y',
				stroke: (g: PlacedGroup) => (g.after > g.before ? GOOD : BAD),
				strokeWidth: (g: PlacedGroup) => 1.5 + (3 * g.countries) / maxCount,
				headLength: 7,
				title: groupTitle
			}),
			Plot.text(targets, {
				y: (_: TargetMoves, i: number) => i,
				frameAnchor: 'right',
				dx: 60,
				textAnchor: 'end',
				text: (target: TargetMoves) => `↑${formatNumber(target.improved)} ↓${formatNumber(target.declined)}`,
				fill: 'currentColor'
			})
		]
	});
}

/** The chart's numbers: per target and move, how many countries. */
export function statusMovesTable(targets: TargetMoves[], caption: string): TableData<MoveGroup> {
	return {
		caption,
		columns: [
			{ label: t('changes.col.target'), cell: (g) => g.code },
			{ label: t('changes.col.before'), cell: (g) => statusLabel(SCORE_CLASSES[g.before]) },
			{ label: t('changes.col.after'), cell: (g) => statusLabel(SCORE_CLASSES[g.after]) },
			{ label: t('changes.col.countries'), cell: (g) => formatNumber(g.countries), numeric: true, value: (g) => g.countries }
		],
		rows: targets.flatMap((target) => target.groups)
	};
}
