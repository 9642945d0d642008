/**
 * Status moves: each country's latest report of a convention submitted since the date, next to its latest
 * report of the same convention submitted before the date (an earlier cycle, whatever its format). Every
 * target with a class on both sides is a pair; a pair whose class changed is a move. Targets the earlier
 * (or later) format does not cover, or that have no scored answer, have no class and never move (rule 9).
 */
import { sql } from '../../db/sql';
import { rankedCycles } from '../lens-shared';
import { inScope, since, step } from './scope';
import type { ChangesFilters } from './types';

export const statusPairsQuery = (filters: ChangesFilters) => sql`
	WITH submitted AS (
		SELECT r.convention_id, r.cycle_id, r.iso3, r.submitted, c.position, c.label
		FROM reports r JOIN (${rankedCycles}) c ON c.convention_id = r.convention_id AND c.cycle_id = r.cycle_id
		WHERE r.submitted IS NOT NULL AND ${inScope('r', filters)}),
	after AS (
		SELECT * FROM submitted WHERE ${since('submitted', filters.since)}
		QUALIFY row_number() OVER (PARTITION BY convention_id, iso3 ORDER BY position DESC) = 1),
	before AS (
		SELECT b.* FROM submitted b JOIN after a ON a.convention_id = b.convention_id AND a.iso3 = b.iso3
		WHERE b.position < a.position AND NOT ${since('b.submitted', filters.since)}
		QUALIFY row_number() OVER (PARTITION BY b.convention_id, b.iso3 ORDER BY b.position DESC) = 1)
	SELECT a.convention_id, a.iso3, k.name, sa.element_id, f.code,
		b.cycle_id AS before_cycle, b.label AS before_label, a.cycle_id AS after_cycle, a.label AS after_label,
		sb.score AS before_score, sa.score AS after_score, sb.status AS before_status, sa.status AS after_status,
		(${step('sa.status')} - ${step('sb.status')})::INTEGER AS move
	FROM after a
	JOIN before b ON b.convention_id = a.convention_id AND b.iso3 = a.iso3
	JOIN status sa ON sa.convention_id = a.convention_id AND sa.cycle_id = a.cycle_id AND sa.iso3 = a.iso3
	JOIN status sb ON sb.convention_id = b.convention_id AND sb.cycle_id = b.cycle_id AND sb.iso3 = b.iso3
		AND sb.element_id = sa.element_id
	JOIN framework f ON f.element_id = sa.element_id
	JOIN countries k ON k.iso3 = a.iso3
	WHERE ${step('sa.status')} IS NOT NULL AND ${step('sb.status')} IS NOT NULL
	ORDER BY abs(move) DESC, move DESC, f.sort, a.convention_id, k.name COLLATE NOACCENT.NOCASE`;
