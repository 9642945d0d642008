/**
 * The one place the activities lens reads implementation status: per target, the mean over conventions of each
 * convention's status in its latest cycle (rule 3, mean over the countries with data, the overview matrix's
 * numbers), and the change since each convention's previous cycle. With a region, over its countries only.
 * To follow another scoring core, change this module only: the lens consumes `TargetStatus` rows.
 */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import { BY_REGION_SOURCES, ensureByRegion } from './by-region';

export const ACTIVITY_STATUS_TABLES = ['cycles', 'framework', ...BY_REGION_SOURCES] as const;

export interface TargetStatus {
	element_id: string;
	/** Mean over conventions with a status in their latest cycle; null = no data. */
	score: number | null;
	/** Conventions behind `score`. */
	n_conventions: number;
	/** Mean over conventions with a status in both of (latest − previous cycle); null when none has both. */
	change: number | null;
}

export const targetStatusQuery = (region: string | null) => sql`
	WITH ranked AS (
		SELECT convention_id, cycle_id,
			row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS from_latest
		FROM cycles
	),
	per_convention AS (
		SELECT s.convention_id, s.element_id, r.from_latest, sum(s.score_sum) / nullif(sum(s.n_countries), 0) AS score
		FROM status_by_region s JOIN ranked r ON r.convention_id = s.convention_id AND r.cycle_id = s.cycle_id
		WHERE r.from_latest <= 2 AND (${region}::VARCHAR IS NULL OR s.region = ${region})
		GROUP BY ALL
	),
	latest AS (SELECT * FROM per_convention WHERE from_latest = 1 AND score IS NOT NULL),
	previous AS (SELECT * FROM per_convention WHERE from_latest = 2 AND score IS NOT NULL)
	SELECT f.element_id, avg(l.score) AS score, count(l.score)::INTEGER AS n_conventions, avg(l.score - p.score) AS change
	FROM framework f
	LEFT JOIN latest l ON l.element_id = f.element_id
	LEFT JOIN previous p ON p.convention_id = l.convention_id AND p.element_id = l.element_id
	WHERE f.level = 'target'
	GROUP BY f.element_id, f.sort
	ORDER BY f.sort`;

export async function loadTargetStatus(db: Db, region: string | null): Promise<TargetStatus[]> {
	await Promise.all([db.ensure(ACTIVITY_STATUS_TABLES), ensureByRegion(db)]);
	return db.query<TargetStatus>(targetStatusQuery(region));
}
