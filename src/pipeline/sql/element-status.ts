/**
 * Rule 3 roll-ups per convention × cycle × framework element:
 * target = mean over countries with a score; goal = mean of its targets with data; focal area = mean of its
 * goals with data. n_countries = distinct countries with data on the element (or any target under it).
 */
import { classifySql } from '../../lib/schema';

export const elementStatusSql = `
WITH target_path AS (
  SELECT t.element_id AS target_id, g.element_id AS goal_id, g.parent_id AS focal_area_id
  FROM out_framework t
  JOIN out_framework g ON g.element_id = t.parent_id
  WHERE t.level = 'target'
),
scored AS (
  SELECT s.convention_id, s.cycle_id, s.iso3, s.score, p.*
  FROM out_status s
  JOIN target_path p ON p.target_id = s.element_id
  WHERE s.score IS NOT NULL
),
target_rollup AS (
  SELECT convention_id, cycle_id, target_id AS element_id, goal_id, avg(score) AS score, count(*) AS n_countries
  FROM scored
  GROUP BY ALL
),
goal_rollup AS (
  SELECT convention_id, cycle_id, goal_id AS element_id, avg(score) AS score
  FROM target_rollup
  GROUP BY ALL
),
focal_area_rollup AS (
  SELECT g.convention_id, g.cycle_id, f.parent_id AS element_id, avg(g.score) AS score
  FROM goal_rollup g
  JOIN out_framework f ON f.element_id = g.element_id
  GROUP BY ALL
),
countries_per_element AS (
  SELECT convention_id, cycle_id, element_id, count(DISTINCT iso3) AS n_countries
  FROM scored
  CROSS JOIN LATERAL (VALUES (target_id), (goal_id), (focal_area_id)) AS e(element_id)
  GROUP BY ALL
),
rollup AS (
  SELECT convention_id, cycle_id, element_id, score FROM target_rollup
  UNION ALL SELECT convention_id, cycle_id, element_id, score FROM goal_rollup
  UNION ALL SELECT convention_id, cycle_id, element_id, score FROM focal_area_rollup
)
SELECT c.convention_id, c.cycle_id, c.year, f.element_id, f.level,
       r.score,
       CAST(coalesce(n.n_countries, 0) AS INTEGER) AS n_countries,
       ${classifySql('r.score')} AS status
FROM cycles c
CROSS JOIN out_framework f
LEFT JOIN rollup r
  ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.element_id = f.element_id
LEFT JOIN countries_per_element n
  ON n.convention_id = c.convention_id AND n.cycle_id = c.cycle_id AND n.element_id = f.element_id
ORDER BY c.line, f.sort`;
