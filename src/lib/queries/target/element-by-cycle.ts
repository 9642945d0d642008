/**
 * The element's status by convention and cycle over the selected countries, and how the reporting parties of
 * the shown cycles stand on it (for the plain-language summary).
 */
import type { StatusClass } from '../../scoring';
import { sql } from '../../db/sql';
import type { Cycle } from '../lens-types';
import { inScope, shownPerConvention, type TargetFilters } from './scope';

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
 * mean of its targets with one; focal area = mean of its goals; with the countries with a status on the element
 * and those of them in progress or advanced. Looked up in the per-region aggregates (element-aggregates.ts).
 * n_questions (0 = not covered) from the format.
 */
export const elementByCycleQuery = (filters: TargetFilters) => sql`
	WITH shown AS (${shownPerConvention(filters)}),
	scored AS (SELECT * FROM element_region_status WHERE element_id = ${filters.element} AND ${inScope(filters.region)}),
	submitted AS (SELECT * FROM status_reports_by_region WHERE ${inScope(filters.region)})
	SELECT c.convention_id, v.short_name, c.cycle_id, c.label, c.year, r.score,
		coalesce(r.n_countries, 0)::INTEGER AS n_countries, coalesce(r.n_progressing, 0)::INTEGER AS n_progressing,
		coalesce(s.n_reports, 0)::INTEGER AS n_reports, e.n_questions, (sh.cycle_id IS NOT NULL) AS shown
	FROM cycles c
	JOIN conventions v ON v.convention_id = c.convention_id
	LEFT JOIN scored r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	LEFT JOIN submitted s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
	LEFT JOIN shown sh ON sh.convention_id = c.convention_id AND sh.cycle_id = c.cycle_id
	LEFT JOIN element_status e ON e.convention_id = c.convention_id AND e.cycle_id = c.cycle_id AND e.element_id = ${filters.element}
	WHERE ${filters.convention}::VARCHAR IS NULL OR c.convention_id = ${filters.convention}
	ORDER BY c.convention_id, c.year, c.due, c.cycle_id`;

/**
 * Per shown cycle with reports from the selected countries: those reporting, those with a status on the element,
 * those in progress or advanced (from the rows of elementByCycleQuery, in convention order).
 */
export function shownSummary(rows: ElementCycleRow[]): ShownSummary[] {
	return rows
		.filter((row) => row.shown && row.n_reports > 0)
		.map((row) => ({
			convention_id: row.convention_id,
			cycle_id: row.cycle_id,
			reporting: row.n_reports,
			with_data: row.n_countries,
			progressing: row.n_progressing
		}));
}

/** A row of elementByCycleQuery: the status is classified after. */
export type ElementCycleRow = Omit<ElementCycleStatus, 'status'> & { shown: boolean; n_questions: number | null; n_progressing: number };
