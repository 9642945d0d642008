/**
 * The work programme: one bar per activity from its start to its end, grouped by agency or by focal area (an
 * activity on several focal areas shows under each), with the 2010 target year marked. Labels sit above the
 * bars so long titles stay readable on a phone; each names the activity's status, so colour is not needed to read it.
 */
import * as Plot from '@observablehq/plot';
import { activityStatusLabel } from '../activities/labels';
import { formatDate, t } from '../i18n';
import type { Activity } from '../queries/activity-types';
import { BAR_ROWS, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { ACCENT, THEME } from './palette';
import type { TableData } from './table';

export type ProgrammeGroup = 'agency' | 'focal_area';

export interface ProgrammeRow {
	key: string;
	group: string;
	activity: Activity | null;
}

const ROW_HEIGHT = 34;
const STATUS_FILL: Record<string, string> = {
	ongoing: ACCENT,
	planned: 'var(--highlight, #e3ebf3)',
	completed: THEME.muted,
	stopped: THEME.borderStrong
};
/** The end of the target year. */
const TARGET_DAY = new Date(Date.UTC(2010, 11, 31));

/** Group heading rows then their activities by start; `groupsOf` names an activity's groups. */
export function programmeRows(activities: Activity[], groupsOf: (activity: Activity) => string[]): ProgrammeRow[] {
	const groups = new Map<string, Activity[]>();
	for (const activity of activities) for (const group of groupsOf(activity)) groups.set(group, [...(groups.get(group) ?? []), activity]);
	return [...groups].flatMap(([group, members]) => [
		{ key: `group:${group}`, group, activity: null },
		...members.toSorted((a, b) => a.start.localeCompare(b.start)).map((activity) => ({ key: `${group}:${activity.activity_id}`, group, activity }))
	]);
}

export function barLabel(activity: Activity): string {
	return t('activities.programme.bar', {
		title: activity.title,
		agency: activity.agency_name,
		start: formatDate(activity.start),
		end: formatDate(activity.end),
		status: activityStatusLabel(activity.status)
	});
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

export function workProgrammeChart(rows: ProgrammeRow[], groupName: string, options: ChartOptions): SVGSVGElement | HTMLElement {
	const bars = rows.filter((row): row is ProgrammeRow & { activity: Activity } => row.activity !== null);
	const headings = rows.filter((row) => row.activity === null);
	const first = Math.min(2010, ...bars.map((row) => Number(row.activity.start.slice(0, 4))));
	const last = Math.max(2011, ...bars.map((row) => Number(row.activity.end.slice(0, 4)) + 1));
	const domain = [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 0, 1))];
	const { labelHeight, marginSide } = BAR_ROWS;
	const height = Math.max(120, rows.length * ROW_HEIGHT + BAR_ROWS.marginTop + BAR_ROWS.marginBottom);
	const label = (row: ProgrammeRow & { activity: Activity }) => `${row.activity.title} · ${activityStatusLabel(row.activity.status)}`;
	return Plot.plot({
		...documentOption(options),
		width: options.width,
		height,
		marginTop: BAR_ROWS.marginTop + 12,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide,
		marginRight: marginSide + 8,
		ariaLabel: t('activities.programme.title'),
		ariaDescription: chartDescription(options, t('activities.programme.description', { group: groupName })),
		x: { type: 'utc', domain, label: t('activities.programme.axis'), grid: true, axis: 'both' },
		y: { domain: rows.map((row) => row.key), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(bars, {
				y: 'key',
				x1: (row: ProgrammeRow & { activity: Activity }) => day(row.activity.start),
				x2: (row: ProgrammeRow & { activity: Activity }) => day(row.activity.end),
				fill: (row: ProgrammeRow & { activity: Activity }) => STATUS_FILL[row.activity.status] ?? ACCENT,
				stroke: THEME.text,
				strokeWidth: 0.5,
				insetTop: labelHeight - 2,
				title: (row: ProgrammeRow & { activity: Activity }) => barLabel(row.activity)
			}),
			Plot.text(bars, {
				y: 'key',
				x: domain[0],
				text: label,
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -(ROW_HEIGHT * (1 - BAR_ROWS.padding)) / 2,
				lineWidth: labelLineWidth(options.width),
				textOverflow: 'ellipsis',
				fill: THEME.text
			}),
			Plot.text(headings, {
				y: 'key',
				x: domain[0],
				text: 'group',
				textAnchor: 'start',
				fontWeight: 700,
				fontSize: 12,
				fill: THEME.text,
				lineWidth: labelLineWidth(options.width),
				textOverflow: 'ellipsis'
			}),
			Plot.ruleX([TARGET_DAY], { stroke: 'var(--error, #b3261e)', strokeWidth: 2 }),
			Plot.text([TARGET_DAY], { x: (d: Date) => d, frameAnchor: 'top', dy: -12, text: () => '2010', fill: 'var(--error, #b3261e)', fontWeight: 700 })
		]
	});
}

export function workProgrammeTable(rows: ProgrammeRow[]): TableData<ProgrammeRow & { activity: Activity }> {
	return {
		caption: t('activities.programme.title'),
		rows: rows.filter((row): row is ProgrammeRow & { activity: Activity } => row.activity !== null),
		columns: [
			{ label: t('activities.programme.col.group'), cell: (row) => row.group },
			{ label: t('activities.col.title'), cell: (row) => row.activity.title },
			{ label: t('activities.col.agency'), cell: (row) => row.activity.agency_name },
			{ label: t('activities.col.status'), cell: (row) => activityStatusLabel(row.activity.status) },
			{ label: t('activities.col.period'), cell: (row) => t('activities.period', { start: row.activity.start, end: row.activity.end }) }
		]
	};
}
