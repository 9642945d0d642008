/**
 * Rule 4, the roll-ups, as SQL text: target → goal → focal area by unweighted means of the level below
 * that has a score; a convention's or region's status for a target = mean over the countries with a
 * score. And which elements a cycle's format covers at all (rule 3, not covered).
 */

/** Every target with its goal and focal area. */
export const targetPathSql = (framework = 'framework') => `
	SELECT t.element_id AS target_id, g.element_id AS goal_id, g.parent_id AS focal_area_id
	FROM ${framework} t JOIN ${framework} g ON g.element_id = t.parent_id
	WHERE t.level = 'target'`;

/**
 * Goals and focal areas from target scores. `scores` has the `keys` columns, `target_id` and a non-NULL
 * `score`; returns (keys…, element_id, score) for every target, goal and focal area that has a score.
 */
export const rollUpSql = (scores: string, keys: string[], framework = 'framework') => {
	const k = keys.join(', ');
	return `
	WITH path AS (${targetPathSql(framework)}),
	t AS (SELECT ${k}, s.target_id, p.goal_id, p.focal_area_id, s.score FROM ${scores} s JOIN path p ON p.target_id = s.target_id),
	g AS (SELECT ${k}, goal_id, focal_area_id, avg(score) AS score FROM t GROUP BY ALL),
	f AS (SELECT ${k}, focal_area_id, avg(score) AS score FROM g GROUP BY ALL)
	SELECT ${k}, target_id AS element_id, score FROM t
	UNION ALL SELECT ${k}, goal_id AS element_id, score FROM g
	UNION ALL SELECT ${k}, focal_area_id AS element_id, score FROM f`;
};

/**
 * A group's status for a target: mean over the countries with a score, and how many. `status` has
 * (convention_id, cycle_id, iso3, element_id, score); `countries`, when given, is a parenthesised
 * relation of the iso3 to keep (e.g. inRegionSql).
 */
export const meanOverCountriesSql = (status: string, countries: string | null = null) => `
	SELECT convention_id, cycle_id, element_id, avg(score) AS score, count(score)::INTEGER AS n_countries
	FROM ${status} WHERE score IS NOT NULL${countries ? ` AND iso3 IN ${countries}` : ''}
	GROUP BY convention_id, cycle_id, element_id`;

/** A country's overall status under a convention in a cycle: mean of its target statuses (with a score). */
export const overallStatusSql = (status = 'status') => `
	SELECT convention_id, cycle_id, iso3, avg(score) AS score, count(score)::INTEGER AS n_targets
	FROM ${status} GROUP BY convention_id, cycle_id, iso3`;

/**
 * Questions of each cycle's format mapped to each element (a goal or focal area: to any target under
 * it), distinct: 0 = not covered. Every cycle × framework element, zeros included.
 */
export const formatCoverageSql = (cycles = 'cycles', questions = 'questions', crosswalk = 'crosswalk', framework = 'framework') => `
	WITH path AS (${targetPathSql(framework)}),
	mapped AS (
		SELECT DISTINCT q.convention_id, q.cycle_id, q.question_id, x.element_id AS target_id
		FROM ${questions} q JOIN ${crosswalk} x ON x.convention_id = q.convention_id AND x.question_id = q.question_id),
	per_element AS (
		SELECT m.convention_id, m.cycle_id, e.element_id, count(DISTINCT m.question_id) AS n
		FROM mapped m JOIN path p ON p.target_id = m.target_id
		CROSS JOIN LATERAL (VALUES (p.target_id), (p.goal_id), (p.focal_area_id)) AS e(element_id)
		GROUP BY ALL)
	SELECT c.convention_id, c.cycle_id, f.element_id, coalesce(n.n, 0)::INTEGER AS n_questions
	FROM ${cycles} c CROSS JOIN ${framework} f
	LEFT JOIN per_element n ON n.convention_id = c.convention_id AND n.cycle_id = c.cycle_id AND n.element_id = f.element_id`;
