/** The overview page's questions: one pure SQL builder per question, and the loader that asks them. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify, STATUS_CLASSES } from '../schema';
import type { ClassShare, Convention, FrameworkElement, Headline, MatrixCell, ReportingRow } from './types';

export const OVERVIEW_TABLES = ['conventions', 'framework', 'cycles', 'status', 'reports', 'parties'] as const;

export interface OverviewData {
	conventions: Convention[];
	framework: FrameworkElement[];
	matrix: MatrixCell[];
	reporting: ReportingRow[];
	headline: Headline;
}

/** Each convention's latest cycle: the highest year, then the latest due date. */
const latestCycles = fragment(sql`
	SELECT convention_id, cycle_id, label FROM (
		SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS rank
		FROM cycles
	) WHERE rank = 1`);

export const conventionsQuery = () => sql`SELECT convention_id, name, short_name FROM conventions ORDER BY convention_id`;

export const frameworkQuery = () =>
	sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`;

/** Rule 3: a convention's status for a target = mean over the countries with data, latest cycle. */
export const matrixQuery = () => sql`
	WITH latest AS (${latestCycles})
	SELECT l.convention_id, l.cycle_id, l.label AS cycle_label, f.element_id,
		avg(s.score) AS score, count(s.score)::INTEGER AS n_countries
	FROM latest l
	CROSS JOIN (SELECT element_id, sort FROM framework WHERE level = 'target') f
	LEFT JOIN status s
		ON s.convention_id = l.convention_id AND s.cycle_id = l.cycle_id AND s.element_id = f.element_id
	GROUP BY l.convention_id, l.cycle_id, l.label, f.element_id, f.sort
	ORDER BY l.convention_id, f.sort`;

/** Rule 5: submitted reports / expected reports (rows of reports.csv) per convention and cycle. */
export const reportingQuery = () => sql`
	SELECT c.convention_id, c.cycle_id, c.label, c.year,
		count(r.iso3)::INTEGER AS expected, count(r.submitted)::INTEGER AS submitted,
		CASE WHEN count(r.iso3) = 0 THEN NULL ELSE count(r.submitted) / count(r.iso3) END AS rate
	FROM cycles c
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	GROUP BY c.convention_id, c.cycle_id, c.label, c.year, c.due
	ORDER BY c.convention_id, c.year, c.due`;

export const partiesCountQuery = () =>
	sql`SELECT count(DISTINCT iso3)::INTEGER AS parties FROM parties`;

/** Reports expected and submitted in each convention's latest cycle, summed. */
export const latestReportsQuery = () => sql`
	WITH latest AS (${latestCycles})
	SELECT count(r.iso3)::INTEGER AS due, count(r.submitted)::INTEGER AS submitted
	FROM latest l JOIN reports r ON r.convention_id = l.convention_id AND r.cycle_id = l.cycle_id`;

type RawCell = Omit<MatrixCell, 'status'>;

export async function loadOverview(db: Db): Promise<OverviewData> {
	await db.ensure(OVERVIEW_TABLES);
	const [conventions, framework, cells, reporting, [parties], [reports]] = await Promise.all([
		db.query<Convention>(conventionsQuery()),
		db.query<FrameworkElement>(frameworkQuery()),
		db.query<RawCell>(matrixQuery()),
		db.query<ReportingRow>(reportingQuery()),
		db.query<{ parties: number }>(partiesCountQuery()),
		db.query<{ due: number; submitted: number }>(latestReportsQuery())
	]);
	const matrix = cells.map((cell) => ({ ...cell, status: classify(cell.score) }));
	const headline: Headline = {
		parties: parties.parties,
		reports_due: reports.due,
		reports_submitted: reports.submitted,
		reporting_rate: reports.due ? reports.submitted / reports.due : null,
		class_shares: classShares(matrix)
	};
	return { conventions, framework, matrix, reporting, headline };
}

/** Share of matrix cells in each class, in class order. */
export function classShares(matrix: MatrixCell[]): ClassShare[] {
	return STATUS_CLASSES.map((status) => {
		const cells = matrix.filter((cell) => cell.status === status).length;
		return { status, cells, share: matrix.length ? cells / matrix.length : 0 };
	});
}
