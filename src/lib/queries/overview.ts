/** The overview page's questions: one pure SQL builder per question, and the loader that asks them. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify, STATUS_CLASSES } from '../schema';
import type { ClassShare, Convention, FrameworkElement, Headline, MatrixCell, ReportingRow } from './types';

export const OVERVIEW_TABLES = ['conventions', 'framework', 'cycles', 'status', 'reports', 'parties', 'countries'] as const;

/** What the overview can be narrowed to; `null` = everything. */
export interface OverviewFilters {
	region: string | null;
}

export const NO_FILTERS: OverviewFilters = { region: null };

export interface OverviewData {
	conventions: Convention[];
	framework: FrameworkElement[];
	matrix: MatrixCell[];
	reporting: ReportingRow[];
	headline: Headline;
	regions: string[];
}

/** Countries of the region, or every country: spliced where a query joins on iso3. */
const inRegion = (region: string | null) =>
	fragment(sql`(SELECT iso3 FROM countries WHERE ${region}::VARCHAR IS NULL OR region = ${region})`);

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
export const matrixQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH latest AS (${latestCycles}), selected AS (${inRegion(region)})
	SELECT l.convention_id, l.cycle_id, l.label AS cycle_label, f.element_id,
		avg(s.score) AS score, count(s.score)::INTEGER AS n_countries
	FROM latest l
	CROSS JOIN (SELECT element_id, sort FROM framework WHERE level = 'target') f
	LEFT JOIN (SELECT * FROM status WHERE iso3 IN (SELECT iso3 FROM selected)) s
		ON s.convention_id = l.convention_id AND s.cycle_id = l.cycle_id AND s.element_id = f.element_id
	GROUP BY l.convention_id, l.cycle_id, l.label, f.element_id, f.sort
	ORDER BY l.convention_id, f.sort`;

/** Rule 5: submitted reports / expected reports (rows of reports.csv) per convention and cycle. */
export const reportingQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH selected AS (${inRegion(region)})
	SELECT c.convention_id, c.cycle_id, c.label, c.year,
		count(r.iso3)::INTEGER AS expected, count(r.submitted)::INTEGER AS submitted,
		CASE WHEN count(r.iso3) = 0 THEN NULL ELSE count(r.submitted) / count(r.iso3) END AS rate
	FROM cycles c
	LEFT JOIN (SELECT * FROM reports WHERE iso3 IN (SELECT iso3 FROM selected)) r
		ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	GROUP BY c.convention_id, c.cycle_id, c.label, c.year, c.due
	ORDER BY c.convention_id, c.year, c.due`;

export const partiesCountQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH selected AS (${inRegion(region)})
	SELECT count(DISTINCT iso3)::INTEGER AS parties FROM parties WHERE iso3 IN (SELECT iso3 FROM selected)`;

/** Reports expected and submitted in each convention's latest cycle, summed. */
export const latestReportsQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH latest AS (${latestCycles}), selected AS (${inRegion(region)})
	SELECT count(r.iso3)::INTEGER AS due, count(r.submitted)::INTEGER AS submitted
	FROM latest l JOIN reports r ON r.convention_id = l.convention_id AND r.cycle_id = l.cycle_id
	WHERE r.iso3 IN (SELECT iso3 FROM selected)`;

/** Regions that have at least one party, for the region filter. */
export const regionsQuery = () => sql`
	SELECT DISTINCT c.region FROM countries c JOIN parties p USING (iso3)
	WHERE c.region IS NOT NULL ORDER BY c.region`;

type RawCell = Omit<MatrixCell, 'status'>;

export async function loadOverview(db: Db, filters: OverviewFilters = NO_FILTERS): Promise<OverviewData> {
	await db.ensure(OVERVIEW_TABLES);
	const [conventions, framework, cells, reporting, [parties], [reports], regions] = await Promise.all([
		db.query<Convention>(conventionsQuery()),
		db.query<FrameworkElement>(frameworkQuery()),
		db.query<RawCell>(matrixQuery(filters)),
		db.query<ReportingRow>(reportingQuery(filters)),
		db.query<{ parties: number }>(partiesCountQuery(filters)),
		db.query<{ due: number; submitted: number }>(latestReportsQuery(filters)),
		db.query<{ region: string }>(regionsQuery())
	]);
	const matrix = cells.map((cell) => ({ ...cell, status: classify(cell.score) }));
	const headline: Headline = {
		parties: parties.parties,
		reports_due: reports.due,
		reports_submitted: reports.submitted,
		reporting_rate: reports.due ? reports.submitted / reports.due : null,
		class_shares: classShares(matrix)
	};
	return { conventions, framework, matrix, reporting, headline, regions: regions.map((r) => r.region) };
}

/** Share of matrix cells in each class, in class order. */
export function classShares(matrix: MatrixCell[]): ClassShare[] {
	return STATUS_CLASSES.map((status) => {
		const cells = matrix.filter((cell) => cell.status === status).length;
		return { status, cells, share: matrix.length ? cells / matrix.length : 0 };
	});
}
