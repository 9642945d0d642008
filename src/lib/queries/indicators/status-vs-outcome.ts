/** Status and outcome side by side, for a target (or goal, focal area). */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import { rollUpSql } from '../../scoring';
import { rankedCycles, rule } from '../lens-shared';
import type { Indicator } from './catalogue';
import { loadTargetIndicators } from './panels';
import type { EntityChange } from './values';

export const STATUS_VS_OUTCOME_TABLES = ['conventions', 'cycles', 'framework', 'status', 'element_status'] as const;

/** A convention's status on the element in its latest cycle (rule 3), and its change since the cycle before (rule 6). */
export interface ConventionTrend {
	convention_id: string;
	short_name: string;
	cycle_id: string;
	cycle_label: string;
	year: number;
	score: number | null;
	n_countries: number;
	previous_label: string | null;
	/** Mean change over the countries with a status in both cycles; null when none has. */
	change: number | null;
	n_both: number;
}

export interface StatusVsOutcome {
	element: string;
	implementation: ConventionTrend[];
	/** The World's trend of each indicator informing the element. */
	outcomes: { indicator: Indicator; world: EntityChange }[];
}

/**
 * Latest status per convention from element_status; the change from the previous cycle per country (a goal's
 * or focal area's per-country status is the mean of that country's targets, or goals, with data).
 */
export const conventionTrendQuery = (element: string) => sql`
	WITH ranked AS (${rankedCycles}), scores AS (
		SELECT convention_id, cycle_id, iso3, element_id AS target_id, score FROM status WHERE score IS NOT NULL
	), mine AS (
		SELECT s.convention_id, s.iso3, r.from_latest, s.score
		FROM (${rule(rollUpSql('scores', ['convention_id', 'cycle_id', 'iso3']))}) s
		JOIN ranked r ON r.convention_id = s.convention_id AND r.cycle_id = s.cycle_id
		WHERE s.element_id = ${element} AND r.from_latest <= 2
	), changed AS (
		SELECT a.convention_id, avg(a.score - b.score) AS change, count(*)::INTEGER AS n_both
		FROM mine a JOIN mine b ON b.convention_id = a.convention_id AND b.iso3 = a.iso3 AND b.from_latest = 2
		WHERE a.from_latest = 1
		GROUP BY a.convention_id
	)
	SELECT c.convention_id, c.short_name, l.cycle_id, l.label AS cycle_label, l.year, es.score,
		coalesce(es.n_countries, 0)::INTEGER AS n_countries, p.label AS previous_label, ch.change, coalesce(ch.n_both, 0)::INTEGER AS n_both
	FROM conventions c
	JOIN ranked l ON l.convention_id = c.convention_id AND l.from_latest = 1
	LEFT JOIN ranked p ON p.convention_id = c.convention_id AND p.from_latest = 2
	LEFT JOIN element_status es ON es.convention_id = c.convention_id AND es.cycle_id = l.cycle_id AND es.element_id = ${element}
	LEFT JOIN changed ch ON ch.convention_id = c.convention_id
	ORDER BY c.convention_id`;

export async function loadStatusVsOutcome(db: Db, element: string): Promise<StatusVsOutcome> {
	await db.ensure(STATUS_VS_OUTCOME_TABLES);
	const [implementation, { panels }] = await Promise.all([db.query<ConventionTrend>(conventionTrendQuery(element)), loadTargetIndicators(db, element)]);
	const outcomes = panels.flatMap((panel) => (panel.change ? [{ indicator: panel.indicator, world: panel.change }] : []));
	return { element, implementation, outcomes };
}
