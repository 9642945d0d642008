/**
 * How many countries gave each answer to each question of a cycle, per region of the country (NULL when the
 * country has none). Regions partition the countries, so the sum over regions is the count over all countries:
 * the target page's crosswalk reads this instead of counting the responses on every filter change.
 */
export const answerCountsSql = `
SELECT r.convention_id, r.cycle_id, r.question_id, r.answer, c.region,
       CAST(count(DISTINCT r.iso3) AS INTEGER) AS n_countries
FROM out_responses r
JOIN out_countries c USING (iso3)
GROUP BY ALL
ORDER BY r.convention_id, r.cycle_id, r.question_id, r.answer, c.region NULLS LAST`;
