/**
 * Rule 6, which report counts. SQL text over a `cycles` relation (convention_id, cycle_id, year, due):
 * cycles are ordered by year, then due date, then id.
 */

/** Every cycle with its rank in its convention: `position` (1 = first) and `from_latest` (1 = latest). */
export const rankedCyclesSql = (cycles = 'cycles') => `
	SELECT *,
		row_number() OVER (PARTITION BY convention_id ORDER BY year, due, cycle_id) AS position,
		row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS from_latest
	FROM ${cycles}`;

/** Each convention's latest cycle. */
export const latestCyclesSql = (cycles = 'cycles') => `SELECT * FROM (${rankedCyclesSql(cycles)}) WHERE from_latest = 1`;

/**
 * Views by cycle: each convention's selected cycle, else its latest. `selected` is a relation of
 * (cycle_id) rows naming the chosen cycles (any number, unknown ids ignored). Returns the ranked cycle rows.
 */
export const shownCyclesSql = (selected: string, cycles = 'cycles') => `
	SELECT * EXCLUDE (pick) FROM (
		SELECT r.*, row_number() OVER (PARTITION BY r.convention_id
			ORDER BY (r.cycle_id IN (SELECT cycle_id FROM ${selected})) DESC, r.from_latest) AS pick
		FROM (${rankedCyclesSql(cycles)}) r
	) WHERE pick = 1`;

/**
 * Views by country: per convention and country, the most recent submitted report up to the shown cycle.
 * `shown` is a relation of ranked cycle rows (from shownCyclesSql); `reports` has (convention_id,
 * cycle_id, iso3, submitted). Returns (convention_id, iso3, cycle_id, shown_cycle_id).
 */
export const countedReportsSql = (shown: string, reports = 'reports', cycles = 'cycles') => `
	SELECT convention_id, iso3, cycle_id, shown_cycle_id FROM (
		SELECT rep.convention_id, rep.iso3, rep.cycle_id, s.cycle_id AS shown_cycle_id,
			row_number() OVER (PARTITION BY rep.convention_id, rep.iso3 ORDER BY c.position DESC) AS pick
		FROM ${reports} rep
		JOIN (${rankedCyclesSql(cycles)}) c ON c.convention_id = rep.convention_id AND c.cycle_id = rep.cycle_id
		JOIN ${shown} s ON s.convention_id = rep.convention_id AND c.position <= s.position
		WHERE rep.submitted IS NOT NULL
	) WHERE pick = 1`;
