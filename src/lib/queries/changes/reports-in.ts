/** Reports that came in since the date, and per cycle: on time, late, and still overdue now. */
import { fragment, sql } from '../../db/sql';
import { reportStateSql } from '../lens-shared';
import { inScope, since } from './scope';
import type { ChangesFilters } from './types';

/** Every expected report in scope with what became of it (as of the data's date). */
const scopedReports = (filters: ChangesFilters, asOf: string | null) => sql`
	SELECT r.convention_id, r.cycle_id, c.label AS cycle_label, c.due, c.year, r.iso3, k.name, r.submitted,
		${reportStateSql(asOf)} AS state
	FROM reports r
	JOIN cycles c ON c.convention_id = r.convention_id AND c.cycle_id = r.cycle_id
	JOIN countries k ON k.iso3 = r.iso3
	LEFT JOIN parties p ON p.convention_id = r.convention_id AND p.iso3 = r.iso3
	WHERE ${inScope('r', filters)}`;

export const reportsInQuery = (filters: ChangesFilters, asOf: string | null) => sql`
	SELECT convention_id, cycle_id, cycle_label, due, iso3, name, submitted, state
	FROM (${fragment(scopedReports(filters, asOf))}) s
	WHERE ${since('s.submitted', filters.since)}
	ORDER BY submitted DESC, convention_id, name COLLATE NOACCENT.NOCASE`;

/**
 * Cycles with a report in since the date, or that came due between the date and the data's date: how many
 * came in on time and late since the date, and how many are still overdue now.
 */
export const cycleIntakeQuery = (filters: ChangesFilters, asOf: string | null) => sql`
	SELECT convention_id, cycle_id, cycle_label, due,
		count(*)::INTEGER AS expected,
		count(*) FILTER (WHERE ${since('submitted', filters.since)} AND state = 'on_time')::INTEGER AS on_time,
		count(*) FILTER (WHERE ${since('submitted', filters.since)} AND state = 'late')::INTEGER AS late,
		count(*) FILTER (WHERE state = 'overdue')::INTEGER AS overdue
	FROM (${fragment(scopedReports(filters, asOf))}) s
	GROUP BY convention_id, cycle_id, cycle_label, due, year
	HAVING on_time + late > 0 OR (due >= ${filters.since} AND (${asOf}::VARCHAR IS NULL OR due <= ${asOf}))
	ORDER BY convention_id, year, due`;
