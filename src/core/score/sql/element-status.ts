/**
 * Rule 4 roll-ups per convention × cycle × framework element (src/lib/scoring): target = mean over
 * countries with a score; goal = mean of its targets with one; focal area = mean of its goals with one.
 * n_countries = distinct countries with a score on the element (or any target under it); n_questions =
 * questions of the cycle's format mapped to it (or any target under it): 0 = not covered.
 */
import { classifySql, formatCoverageSql, meanOverCountriesSql, rollUpSql, targetPathSql } from '../../../lib/scoring';

export const elementStatusSql = `
WITH per_target AS (
  SELECT convention_id, cycle_id, element_id AS target_id, score
  FROM (${meanOverCountriesSql('out_status')})
),
rollup AS (${rollUpSql('per_target', ['convention_id', 'cycle_id'], 'out_framework')}),
path AS (${targetPathSql('out_framework')}),
countries_per_element AS (
  SELECT s.convention_id, s.cycle_id, e.element_id, count(DISTINCT s.iso3) AS n_countries
  FROM out_status s JOIN path p ON p.target_id = s.element_id
  CROSS JOIN LATERAL (VALUES (p.target_id), (p.goal_id), (p.focal_area_id)) AS e(element_id)
  WHERE s.score IS NOT NULL
  GROUP BY ALL
),
coverage AS (${formatCoverageSql('cycles', 'questions', 'crosswalk', 'out_framework')})
SELECT c.convention_id, c.cycle_id, c.year, f.element_id, f.level,
       r.score,
       CAST(coalesce(n.n_countries, 0) AS INTEGER) AS n_countries,
       q.n_questions,
       ${classifySql('r.score', 'q.n_questions')} AS status
FROM cycles c
CROSS JOIN out_framework f
JOIN coverage q ON q.convention_id = c.convention_id AND q.cycle_id = c.cycle_id AND q.element_id = f.element_id
LEFT JOIN rollup r
  ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.element_id = f.element_id
LEFT JOIN countries_per_element n
  ON n.convention_id = c.convention_id AND n.cycle_id = c.cycle_id AND n.element_id = f.element_id
ORDER BY c.line, f.sort`;
