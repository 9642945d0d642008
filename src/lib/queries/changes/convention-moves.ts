/**
 * Convention-level moves: each convention's status per target in the cycle current before the date and in
 * the cycle current now (rule 4: mean over the countries of the region with a score; not covered when the
 * cycle's format asks nothing on the target).
 */
import { sql } from '../../db/sql';
import { classifySql, meanOverCountriesSql } from '../../scoring';
import { inRegion, rule } from '../lens-shared';
import { cycleBefore, cycleNow, step } from './scope';
import type { ChangesFilters } from './types';

/** Status of every target of one side's cycles, over the region's countries. */
const sideStatus = (region: string | null) => {
	const r = inRegion(region);
	return rule(meanOverCountriesSql('status', r.text), ...r.params);
};

export const conventionMovesQuery = (filters: ChangesFilters, asOf: string | null) => sql`
	WITH now_cycle AS (${cycleNow(asOf)}),
	before_cycle AS (${cycleBefore(filters.since)}),
	means AS (${sideStatus(filters.region)}),
	side AS (
		SELECT e.convention_id, e.cycle_id, e.element_id, m.score, coalesce(m.n_countries, 0)::INTEGER AS n_countries,
			${rule(classifySql('m.score', 'e.n_questions'))} AS status
		FROM element_status e
		LEFT JOIN means m ON m.convention_id = e.convention_id AND m.cycle_id = e.cycle_id AND m.element_id = e.element_id
		WHERE e.level = 'target'),
	pairs AS (
		SELECT n.convention_id, f.element_id, f.code, f.sort, b.cycle_id AS before_cycle, b.label AS before_label,
			n.cycle_id AS now_cycle, n.label AS now_label,
			sb.score AS before_score, sn.score AS now_score, sb.status AS before_status, sn.status AS now_status,
			coalesce(sb.n_countries, 0)::INTEGER AS before_countries, sn.n_countries AS now_countries
		FROM now_cycle n
		LEFT JOIN before_cycle b ON b.convention_id = n.convention_id
		JOIN side sn ON sn.convention_id = n.convention_id AND sn.cycle_id = n.cycle_id
		JOIN framework f ON f.element_id = sn.element_id
		LEFT JOIN side sb ON sb.convention_id = b.convention_id AND sb.cycle_id = b.cycle_id AND sb.element_id = sn.element_id
		WHERE ${filters.convention}::VARCHAR IS NULL OR n.convention_id = ${filters.convention})
	SELECT * EXCLUDE (sort),
		CASE WHEN before_cycle IS NULL OR before_cycle = now_cycle THEN NULL
			ELSE (${step('now_status')} - ${step('before_status')})::INTEGER END AS move
	FROM pairs ORDER BY convention_id, sort`;
