/**
 * The activity tables as validated, in file order, and the two tables built from them: which targets each
 * activity supports (a goal or focal area expanded, once, to every target under it) and, per target, how much
 * support it has. "Ongoing" is the input's status; agencies are counted over ongoing activities only.
 */
import { ACTIVITY_OUTPUT_TABLES } from '../../contract/activity-contract';

const asRead = (table: 'agencies' | 'activities' | 'activity_targets' | 'activity_countries') => `
SELECT ${ACTIVITY_OUTPUT_TABLES[table].map((column) => `"${column}"`).join(', ')}
FROM ${table}
ORDER BY line`;

export const agenciesSql = asRead('agencies');
export const activitiesSql = asRead('activities');
export const activityTargetsSql = asRead('activity_targets');
export const activityCountriesSql = asRead('activity_countries');

/** One row per activity × target; when the input names a target and its goal, the most specific element is kept. */
export const activityCoverageSql = `
WITH target_path AS (
  SELECT t.element_id AS target_id, t.sort, t.element_id AS target_self, g.element_id AS goal_id, g.parent_id AS focal_area_id
  FROM out_framework t
  JOIN out_framework g ON g.element_id = t.parent_id
  WHERE t.level = 'target'
),
named AS (
  SELECT a.activity_id, a.element_id AS via_element_id, p.target_id, p.sort, a.line,
         CASE a.element_id WHEN p.target_self THEN 1 WHEN p.goal_id THEN 2 ELSE 3 END AS specificity
  FROM activity_targets a
  JOIN target_path p ON a.element_id IN (p.target_self, p.goal_id, p.focal_area_id)
)
SELECT activity_id, target_id AS element_id, via_element_id
FROM (
  SELECT *, row_number() OVER (PARTITION BY activity_id, target_id ORDER BY specificity, line) AS pick
  FROM named
) JOIN activities USING (activity_id)
WHERE pick = 1
ORDER BY activities.line, sort`;

export const activitySupportSql = `
SELECT f.element_id,
       CAST(count(DISTINCT c.activity_id) AS INTEGER) AS n_activities,
       CAST(count(DISTINCT c.activity_id) FILTER (WHERE a.status = 'ongoing') AS INTEGER) AS n_ongoing,
       CAST(count(DISTINCT a.agency_id) FILTER (WHERE a.status = 'ongoing') AS INTEGER) AS n_agencies
FROM out_framework f
LEFT JOIN out_activity_coverage c ON c.element_id = f.element_id
LEFT JOIN out_activities a ON a.activity_id = c.activity_id
WHERE f.level = 'target'
GROUP BY f.element_id, f.sort
ORDER BY f.sort`;
