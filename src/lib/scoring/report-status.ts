/**
 * Rule 2, the status of every target for every submitted report, as SQL text over named relations, so the
 * pipeline (over the input tables) and the reporting studio (over a draft's answers in the browser) run the
 * one rule. score = mean of the report's scored responses to questions mapped to the target (a question
 * mapped to two targets counts in both); n_questions = questions of the cycle mapped to the target; no
 * scored response → NULL and 'no_data', or 'not_covered' when the format maps no question to the target.
 */
import { classifySql } from './classes';
import { formatCoverageSql } from './rollups';

/** The relations the rule reads; `reports` needs (convention_id, cycle_id, iso3, submitted). */
export interface ReportStatusTables {
	reports: string;
	/** (convention_id, cycle_id, iso3, question_id, answer): one answer per question of a report. */
	responses: string;
	cycles: string;
	questions: string;
	scales: string;
	crosswalk: string;
	/** The framework with its `level`. */
	framework: string;
}

/** One row per submitted report × target: (convention_id, cycle_id, iso3, element_id, score, n_scored, n_questions, status). */
export const reportStatusSql = (t: ReportStatusTables) => `
WITH submitted_reports AS (
  SELECT convention_id, cycle_id, iso3 FROM ${t.reports} WHERE submitted IS NOT NULL
),
targets AS (SELECT element_id FROM ${t.framework} WHERE level = 'target'),
coverage AS (${formatCoverageSql(t.cycles, t.questions, t.crosswalk, t.framework)}),
scored_per_target AS (
  SELECT r.convention_id, r.cycle_id, r.iso3, x.element_id, avg(s.score) AS score, count(*) AS n_scored
  FROM ${t.responses} r
  JOIN ${t.questions} q ON q.convention_id = r.convention_id AND q.cycle_id = r.cycle_id AND q.question_id = r.question_id
  JOIN ${t.scales} s ON s.scale_id = q.scale_id AND s.answer = r.answer
  JOIN ${t.crosswalk} x ON x.convention_id = r.convention_id AND x.question_id = r.question_id
  WHERE s.score IS NOT NULL
  GROUP BY ALL
)
SELECT rep.convention_id, rep.cycle_id, rep.iso3, t.element_id,
       sc.score,
       CAST(coalesce(sc.n_scored, 0) AS INTEGER) AS n_scored,
       CAST(coalesce(qt.n_questions, 0) AS INTEGER) AS n_questions,
       ${classifySql('sc.score', 'coalesce(qt.n_questions, 0)')} AS status
FROM submitted_reports rep
CROSS JOIN targets t
LEFT JOIN scored_per_target sc
  ON sc.convention_id = rep.convention_id AND sc.cycle_id = rep.cycle_id
 AND sc.iso3 = rep.iso3 AND sc.element_id = t.element_id
LEFT JOIN coverage qt
  ON qt.convention_id = rep.convention_id AND qt.cycle_id = rep.cycle_id AND qt.element_id = t.element_id`;
