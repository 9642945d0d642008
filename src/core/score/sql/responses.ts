/**
 * Drill-down: one row per response × target its question maps to (element_id NULL once when the question maps
 * to nothing), with the answer's score (NULL = not applicable). In file order.
 */
export const responsesSql = `
SELECT r.convention_id, r.cycle_id, r.iso3, r.question_id, x.element_id, r.answer, s.score
FROM responses r
JOIN questions q USING (convention_id, cycle_id, question_id)
JOIN scales s ON s.scale_id = q.scale_id AND s.answer = r.answer
LEFT JOIN crosswalk x ON x.convention_id = r.convention_id AND x.question_id = r.question_id
LEFT JOIN out_framework f ON f.element_id = x.element_id
ORDER BY r.line, f.sort`;
