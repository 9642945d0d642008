/**
 * "Since a date" (the committee's question, /changes/): which report counts as come in, the cycle that was
 * current before the date and the one current now, and how far a class moved. SQL text, no engine.
 */
import { SCORE_CLASSES } from './classes';
import { rankedCyclesSql } from './cycles';

/** A report came in since the date when submitted on it or after (the date itself counts). */
export const submittedSinceSql = (submitted: string, since: string) => `(${submitted} >= ${since})`;

/**
 * Each convention's cycle current at a date: its latest cycle due by then. `strict`: due before the date
 * (the cycle a meeting on that date had in hand). `date` is a SQL expression used once; NULL = latest cycle.
 */
export const cycleDueBySql = (date: string, strict: boolean, cycles = 'cycles') => `
	SELECT * EXCLUDE (pick) FROM (
		SELECT r.*, row_number() OVER (PARTITION BY r.convention_id ORDER BY r.position DESC) AS pick
		FROM (${rankedCyclesSql(cycles)}) r, (SELECT ${date}::VARCHAR AS at) d
		WHERE d.at IS NULL OR r.due ${strict ? '<' : '<='} d.at
	) WHERE pick = 1`;

/** A class's step (0 = not started … 3 = advanced); NULL for no data and not covered, which never move. */
export const classStepSql = (status: string) => `(CASE ${status} ${SCORE_CLASSES.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} ELSE NULL END)`;

/** The same in JS. */
export const classStep = (status: string): number | null => {
	const step = (SCORE_CLASSES as readonly string[]).indexOf(status);
	return step < 0 ? null : step;
};
