/** Rule 8 (reporting rate) and what became of a report (rule 3: not reported, overdue as of the data's date). */

/** Submitted / expected, NULL when nothing was expected. Arguments are SQL count expressions. */
export const reportingRateSql = (expected: string, submitted: string) =>
	`CASE WHEN ${expected} = 0 THEN NULL ELSE CAST(${submitted} AS DOUBLE) / ${expected} END`;

export const reportingRate = (expected: number, submitted: number): number | null => (expected ? submitted / expected : null);

/**
 * What became of a report: `on_time`/`late` (submitted by / after the due date), `overdue` (expected, not
 * submitted, due before the data's date), `pending` (expected, due date not reached by the data's date),
 * `not_expected` (a party, no report expected), `not_party`.
 */
export type ReportState = 'on_time' | 'late' | 'overdue' | 'pending' | 'not_expected' | 'not_party';

/** Expected and not submitted: the "not reported" outcome, overdue or not yet due. */
export const isNotReported = (state: ReportState | null | undefined) => state === 'overdue' || state === 'pending';

/**
 * The state as SQL over a `reports` row `r`, a `parties` row `p` (either may be missing) and the cycle `c`.
 * `asOf` is a SQL expression for the data's date (used once, so it may be a `?` parameter); ISO dates
 * compare as text.
 */
export const reportStateSql = (asOf: string) => `CASE
		WHEN p.iso3 IS NULL THEN 'not_party'
		WHEN r.iso3 IS NULL THEN 'not_expected'
		WHEN r.submitted IS NULL AND c.due < ${asOf} THEN 'overdue'
		WHEN r.submitted IS NULL THEN 'pending'
		WHEN r.submitted > c.due THEN 'late'
		ELSE 'on_time' END`;

/** The same for one report in JS (pure), for summaries built outside SQL. */
export function reportState(party: boolean, report: { submitted: string | null } | null, due: string, asOf: string): ReportState {
	if (!party) return 'not_party';
	if (!report) return 'not_expected';
	if (report.submitted === null) return due < asOf ? 'overdue' : 'pending';
	return report.submitted > due ? 'late' : 'on_time';
}
