/**
 * The element's status by convention and cycle over the selected countries, and how the reporting parties of
 * the shown cycles stand on it (for the plain-language summary).
 */
import { PROGRESSING_FROM, type StatusClass } from '../../scoring';
import { sql } from '../../db/sql';
import { inRegion } from '../lens-shared';
import type { Cycle } from '../lens-types';
import { perCountry, rolledUp, shownPerConvention, targetsUnder, type TargetFilters } from './scope';

/** The element's status under one convention in one cycle (rule 3, over the selected countries). */
export interface ElementCycleStatus extends Omit<Cycle, 'due'> {
	short_name: string;
	score: number | null;
	/** Countries with a score on the element (or a target under it). */
	n_countries: number;
	/** Submitted reports of the cycle from the selected countries. */
	n_reports: number;
	/** Questions of the cycle's format on the element (or a target under it); 0 = not covered. */
	n_questions: number;
	status: StatusClass;
}

/** How the reporting parties of one shown cycle stand on the element (for the plain-language summary). */
export interface ShownSummary {
	convention_id: string;
	cycle_id: string;
	/** Submitted reports of the selected countries. */
	reporting: number;
	/** Of those, countries with a status on the element. */
	with_data: number;
	/** Of those, countries in progress or advanced. */
	progressing: number;
}

/**
 * Per convention × cycle, over the selected countries: target = mean over countries with a score; goal =
 * mean of its targets with one; focal area = mean of its goals. n_questions (0 = not covered) from the format.
 * `scored` is read twice (scores, with_data): materialised, it is computed once.
 */
export const elementByCycleQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), under AS (${targetsUnder(filters.element)}),
	scored AS MATERIALIZED (
		SELECT s.convention_id, s.cycle_id, s.iso3, s.score, u.target_id
		FROM status s JOIN under u ON u.target_id = s.element_id
		WHERE s.score IS NOT NULL AND s.iso3 IN (SELECT iso3 FROM selected)),
	scores AS (SELECT convention_id, cycle_id, target_id, avg(score) AS score FROM scored GROUP BY ALL),
	rolled AS (${rolledUp(['convention_id', 'cycle_id'], filters.element)}),
	with_data AS (SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM scored GROUP BY ALL),
	submitted AS (
		SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM status
		WHERE iso3 IN (SELECT iso3 FROM selected) GROUP BY ALL),
	shown AS (${shownPerConvention(filters)})
	SELECT c.convention_id, v.short_name, c.cycle_id, c.label, c.year, r.score,
		coalesce(d.n, 0)::INTEGER AS n_countries, coalesce(s.n, 0)::INTEGER AS n_reports, e.n_questions,
		(sh.cycle_id IS NOT NULL) AS shown
	FROM cycles c
	JOIN conventions v ON v.convention_id = c.convention_id
	LEFT JOIN rolled r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	LEFT JOIN with_data d ON d.convention_id = c.convention_id AND d.cycle_id = c.cycle_id
	LEFT JOIN submitted s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
	LEFT JOIN shown sh ON sh.convention_id = c.convention_id AND sh.cycle_id = c.cycle_id
	LEFT JOIN element_status e ON e.convention_id = c.convention_id AND e.cycle_id = c.cycle_id AND e.element_id = ${filters.element}
	WHERE ${filters.convention}::VARCHAR IS NULL OR c.convention_id = ${filters.convention}
	ORDER BY c.convention_id, c.year, c.due, c.cycle_id`;

/** Per shown cycle: reporting parties of the region, those with a status, those in progress or advanced. */
export const summaryQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), shown AS (${shownPerConvention(filters)}),
	reports AS (
		SELECT DISTINCT s.convention_id, s.cycle_id, s.iso3 FROM status s
		JOIN shown USING (convention_id, cycle_id) WHERE s.iso3 IN (SELECT iso3 FROM selected)),
	per_country AS (${perCountry(filters)})
	SELECT r.convention_id, r.cycle_id, count(*)::INTEGER AS reporting, count(p.score)::INTEGER AS with_data,
		count(*) FILTER (WHERE p.score >= ${PROGRESSING_FROM})::INTEGER AS progressing
	FROM reports r
	LEFT JOIN per_country p ON p.convention_id = r.convention_id AND p.cycle_id = r.cycle_id AND p.iso3 = r.iso3
	GROUP BY ALL ORDER BY r.convention_id`;

/** A row of elementByCycleQuery: the status is classified after. */
export type ElementCycleRow = Omit<ElementCycleStatus, 'status'> & { shown: boolean; n_questions: number | null };
