/** The overview page's questions: one pure SQL builder per question, and the loader that asks them. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify, STATUS_CLASSES } from '../scoring';
import { BY_REGION_SOURCES, ensureByRegion } from './by-region';
import { asOfDate, latestCycles } from './lens-shared';
import type { ClassShare, Convention, FrameworkElement, Headline, MatrixCell, ReportingRow } from './types';

export const OVERVIEW_TABLES = ['conventions', 'framework', 'cycles', 'element_status', ...BY_REGION_SOURCES] as const;

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

/** Rows of a by-region table for one region, or for all of them. */
const regionIs = (region: string | null) => fragment(sql`(${region}::VARCHAR IS NULL OR region = ${region})`);

export const conventionsQuery = () => sql`SELECT convention_id, name, short_name FROM conventions ORDER BY convention_id`;

export const frameworkQuery = () => sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`;

/** Regions that have at least one party, for the region filter. */
export const regionsQuery = () => sql`SELECT region FROM parties_by_region WHERE region <> '' ORDER BY region`;

/**
 * A convention's status for a target = mean over the countries with a score, latest cycle; with the
 * questions its format maps to the target (0 = not covered), from the pipeline's element_status.
 */
export const matrixQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH latest AS (${latestCycles}),
	sums AS (
		SELECT convention_id, cycle_id, element_id, sum(score_sum) AS score_sum, sum(n_countries) AS n
		FROM status_by_region WHERE ${regionIs(region)} GROUP BY ALL
	)
	SELECT l.convention_id, l.cycle_id, l.label AS cycle_label, f.element_id,
		CASE WHEN coalesce(s.n, 0) = 0 THEN NULL ELSE s.score_sum / s.n END AS score,
		coalesce(s.n, 0)::INTEGER AS n_countries, e.n_questions
	FROM latest l
	CROSS JOIN (SELECT element_id, sort FROM framework WHERE level = 'target') f
	LEFT JOIN sums s ON s.convention_id = l.convention_id AND s.cycle_id = l.cycle_id AND s.element_id = f.element_id
	LEFT JOIN element_status e ON e.convention_id = l.convention_id AND e.cycle_id = l.cycle_id AND e.element_id = f.element_id
	ORDER BY l.convention_id, f.sort`;

/** Rule 5: submitted reports / expected reports (rows of reports.csv) per convention and cycle. */
export const reportingQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH sums AS (
		SELECT convention_id, cycle_id, sum(expected) AS expected, sum(submitted) AS submitted
		FROM reports_by_region WHERE ${regionIs(region)} GROUP BY ALL
	)
	SELECT c.convention_id, c.cycle_id, c.label, c.year,
		coalesce(s.expected, 0)::INTEGER AS expected, coalesce(s.submitted, 0)::INTEGER AS submitted,
		CASE WHEN coalesce(s.expected, 0) = 0 THEN NULL ELSE s.submitted / s.expected END AS rate
	FROM cycles c LEFT JOIN sums s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
	ORDER BY c.convention_id, c.year, c.due`;

/**
 * Parties, and the reports of each convention's latest cycle as of the data's date (rule 7): due (the
 * cycle's due date has passed) and of those submitted; reports of cycles not yet due counted apart.
 */
export const headlineQuery = ({ region }: OverviewFilters = NO_FILTERS, asOf: string | null = null) => sql`
	WITH latest AS (${latestCycles}), judged AS (SELECT ${asOf}::VARCHAR AS as_of)
	SELECT
		(SELECT coalesce(sum(parties), 0) FROM parties_by_region WHERE ${regionIs(region)})::INTEGER AS parties,
		coalesce(sum(r.expected) FILTER (WHERE j.as_of IS NULL OR l.due <= j.as_of), 0)::INTEGER AS due,
		coalesce(sum(r.submitted) FILTER (WHERE j.as_of IS NULL OR l.due <= j.as_of), 0)::INTEGER AS submitted,
		coalesce(sum(r.expected) FILTER (WHERE l.due > j.as_of), 0)::INTEGER AS not_yet_due
	FROM latest l CROSS JOIN judged j
	JOIN reports_by_region r ON r.convention_id = l.convention_id AND r.cycle_id = l.cycle_id
	WHERE ${regionIs(region)}`;

type RawCell = Omit<MatrixCell, 'status'> & { n_questions: number | null };
type Base = Pick<OverviewData, 'conventions' | 'framework' | 'regions'>;

/** What does not change with the filters, asked once per database. */
const bases = new WeakMap<Db, Promise<Base>>();

function loadBase(db: Db): Promise<Base> {
	let base = bases.get(db);
	if (!base) {
		base = (async () => {
			await Promise.all([db.ensure(OVERVIEW_TABLES), ensureByRegion(db)]);
			const [conventions, framework, regions] = await Promise.all([
				db.query<Convention>(conventionsQuery()),
				db.query<FrameworkElement>(frameworkQuery()),
				db.query<{ region: string }>(regionsQuery())
			]);
			return { conventions, framework, regions: regions.map((r) => r.region) };
		})();
		base.catch(() => bases.delete(db));
		bases.set(db, base);
	}
	return base;
}

export async function loadOverview(db: Db, filters: OverviewFilters = NO_FILTERS): Promise<OverviewData> {
	const base = await loadBase(db);
	const asOf = asOfDate(db);
	const [cells, reporting, [counts]] = await Promise.all([
		db.query<RawCell>(matrixQuery(filters)),
		db.query<ReportingRow>(reportingQuery(filters)),
		db.query<{ parties: number; due: number; submitted: number; not_yet_due: number }>(headlineQuery(filters, asOf))
	]);
	const matrix = cells.map(({ n_questions, ...cell }) => ({ ...cell, status: classify(cell.score, n_questions) }));
	const headline: Headline = {
		parties: counts.parties,
		reports_due: counts.due,
		reports_submitted: counts.submitted,
		reports_not_yet_due: counts.not_yet_due,
		reporting_rate: counts.due ? counts.submitted / counts.due : null,
		as_of: asOf,
		class_shares: classShares(matrix),
		not_covered: matrix.filter((cell) => cell.status === 'not_covered').length
	};
	return { ...base, matrix, reporting, headline };
}

/**
 * Share of matrix cells in each class and no data, in class order, out of the cells whose format asks
 * (not covered is left out of the shares and counted apart, with share 0).
 */
export function classShares(matrix: MatrixCell[]): ClassShare[] {
	const asked = matrix.filter((cell) => cell.status !== 'not_covered').length;
	return STATUS_CLASSES.map((status) => {
		const cells = matrix.filter((cell) => cell.status === status).length;
		const share = status !== 'not_covered' && asked ? cells / asked : 0;
		return { status, cells, share };
	});
}
