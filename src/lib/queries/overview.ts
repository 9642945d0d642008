/** The overview page's questions: one pure SQL builder per question, and the loader that asks them. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify, STATUS_CLASSES } from '../schema';
import { BY_REGION_SOURCES, ensureByRegion } from './by-region';
import type { ClassShare, Convention, FrameworkElement, Headline, MatrixCell, ReportingRow } from './types';

export const OVERVIEW_TABLES = ['conventions', 'framework', 'cycles', ...BY_REGION_SOURCES] as const;

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

/** Each convention's latest cycle: the highest year, then the latest due date. */
const latestCycles = fragment(sql`
	SELECT convention_id, cycle_id, label FROM (
		SELECT *, row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS rank
		FROM cycles
	) WHERE rank = 1`);

export const conventionsQuery = () => sql`SELECT convention_id, name, short_name FROM conventions ORDER BY convention_id`;

export const frameworkQuery = () =>
	sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`;

/** Regions that have at least one party, for the region filter. */
export const regionsQuery = () =>
	sql`SELECT region FROM parties_by_region WHERE region <> '' ORDER BY region`;

/** Rule 3: a convention's status for a target = mean over the countries with data, latest cycle. */
export const matrixQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH latest AS (${latestCycles}),
	sums AS (
		SELECT convention_id, cycle_id, element_id, sum(score_sum) AS score_sum, sum(n_countries) AS n
		FROM status_by_region WHERE ${regionIs(region)} GROUP BY ALL
	)
	SELECT l.convention_id, l.cycle_id, l.label AS cycle_label, f.element_id,
		CASE WHEN coalesce(s.n, 0) = 0 THEN NULL ELSE s.score_sum / s.n END AS score,
		coalesce(s.n, 0)::INTEGER AS n_countries
	FROM latest l
	CROSS JOIN (SELECT element_id, sort FROM framework WHERE level = 'target') f
	LEFT JOIN sums s ON s.convention_id = l.convention_id AND s.cycle_id = l.cycle_id AND s.element_id = f.element_id
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

/** Parties, and reports expected and submitted in each convention's latest cycle, summed. */
export const headlineQuery = ({ region }: OverviewFilters = NO_FILTERS) => sql`
	WITH latest AS (${latestCycles})
	SELECT
		(SELECT coalesce(sum(parties), 0) FROM parties_by_region WHERE ${regionIs(region)})::INTEGER AS parties,
		coalesce(sum(r.expected), 0)::INTEGER AS due,
		coalesce(sum(r.submitted), 0)::INTEGER AS submitted
	FROM latest l JOIN reports_by_region r ON r.convention_id = l.convention_id AND r.cycle_id = l.cycle_id
	WHERE ${regionIs(region)}`;

type RawCell = Omit<MatrixCell, 'status'>;
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
	const [cells, reporting, [counts]] = await Promise.all([
		db.query<RawCell>(matrixQuery(filters)),
		db.query<ReportingRow>(reportingQuery(filters)),
		db.query<{ parties: number; due: number; submitted: number }>(headlineQuery(filters))
	]);
	const matrix = cells.map((cell) => ({ ...cell, status: classify(cell.score) }));
	const headline: Headline = {
		parties: counts.parties,
		reports_due: counts.due,
		reports_submitted: counts.submitted,
		reporting_rate: counts.due ? counts.submitted / counts.due : null,
		class_shares: classShares(matrix)
	};
	return { ...base, matrix, reporting, headline };
}

/** Share of matrix cells in each class, in class order. */
export function classShares(matrix: MatrixCell[]): ClassShare[] {
	return STATUS_CLASSES.map((status) => {
		const cells = matrix.filter((cell) => cell.status === status).length;
		return { status, cells, share: matrix.length ? cells / matrix.length : 0 };
	});
}
