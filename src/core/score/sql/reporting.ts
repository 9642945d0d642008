/** Rule 8: reporting rate per convention and cycle = submitted / expected (rows of reports.csv), via src/lib/scoring. */
import { reportingRateSql } from '../../../lib/scoring';

export const reportingSql = `
SELECT c.convention_id, c.cycle_id, c.label, c.year,
       CAST(count(r.iso3) AS INTEGER) AS expected,
       CAST(count(r.submitted) AS INTEGER) AS submitted,
       ${reportingRateSql('count(r.iso3)', 'count(r.submitted)')} AS rate
FROM cycles c
LEFT JOIN reports r USING (convention_id, cycle_id)
GROUP BY c.convention_id, c.cycle_id, c.label, c.year, c.line
ORDER BY c.line`;
