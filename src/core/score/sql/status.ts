/** Rule 2 over the input tables: the status of every target for every submitted report (src/lib/scoring/report-status.ts). */
import { reportStatusSql } from '../../../lib/scoring';

export const statusSql = `
SELECT s.convention_id, s.cycle_id, c.year, s.iso3, s.element_id, s.score, s.n_scored, s.n_questions, s.status
FROM (${reportStatusSql({ reports: 'reports', responses: 'responses', cycles: 'cycles', questions: 'questions', scales: 'scales', crosswalk: 'crosswalk', framework: 'out_framework' })}) s
JOIN cycles c USING (convention_id, cycle_id)
JOIN out_framework f ON f.element_id = s.element_id
ORDER BY c.line, s.iso3, f.sort`;
