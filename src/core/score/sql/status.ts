/**
 * Rule 2: the status of every target for every submitted report. score = mean of the report's scored
 * responses to questions mapped to the target (a question mapped to two targets counts in both);
 * n_questions = questions of the cycle mapped to the target; no scored response → NULL and 'no_data',
 * or 'not_covered' when the format maps no question to the target (src/lib/scoring).
 */
import { classifySql, formatCoverageSql } from '../../../lib/scoring';

export const statusSql = `
WITH submitted_reports AS (
  SELECT r.convention_id, r.cycle_id, r.iso3, c.year, c.line AS cycle_line
  FROM reports r
  JOIN cycles c USING (convention_id, cycle_id)
  WHERE r.submitted IS NOT NULL
),
targets AS (
  SELECT element_id, sort FROM out_framework WHERE level = 'target'
),
coverage AS (${formatCoverageSql('cycles', 'questions', 'crosswalk', 'out_framework')}),
scored_per_target AS (
  SELECT r.convention_id, r.cycle_id, r.iso3, x.element_id,
         avg(s.score) AS score, count(*) AS n_scored
  FROM responses r
  JOIN questions q USING (convention_id, cycle_id, question_id)
  JOIN scales s ON s.scale_id = q.scale_id AND s.answer = r.answer
  JOIN crosswalk x ON x.convention_id = r.convention_id AND x.question_id = r.question_id
  WHERE s.score IS NOT NULL
  GROUP BY ALL
)
SELECT rep.convention_id, rep.cycle_id, rep.year, rep.iso3, t.element_id,
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
  ON qt.convention_id = rep.convention_id AND qt.cycle_id = rep.cycle_id AND qt.element_id = t.element_id
ORDER BY rep.cycle_line, rep.iso3, t.sort`;
