/** Still outstanding: parties whose report for the current cycle (due by the data's date) is due and missing. */
import { sql } from '../../db/sql';
import { reportStateSql } from '../lens-shared';
import { cycleNow, inScope } from './scope';
import type { ChangesFilters } from './types';

export const outstandingQuery = (filters: ChangesFilters, asOf: string | null) => sql`
	WITH c AS (${cycleNow(asOf)})
	SELECT * EXCLUDE (state) FROM (
		SELECT r.convention_id, r.cycle_id, c.label AS cycle_label, c.due, r.iso3, k.name, ${reportStateSql(asOf)} AS state
		FROM reports r
		JOIN c ON c.convention_id = r.convention_id AND c.cycle_id = r.cycle_id
		JOIN countries k ON k.iso3 = r.iso3
		LEFT JOIN parties p ON p.convention_id = r.convention_id AND p.iso3 = r.iso3
		WHERE ${inScope('r', filters)})
	WHERE state = 'overdue'
	ORDER BY convention_id, name COLLATE NOACCENT.NOCASE`;
