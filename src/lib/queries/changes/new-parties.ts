/** Countries that became party to a convention on the date or after. */
import { sql } from '../../db/sql';
import { inScope, since } from './scope';
import type { ChangesFilters } from './types';

export const newPartiesQuery = (filters: ChangesFilters) => sql`
	SELECT p.convention_id, p.iso3, k.name, p.joined
	FROM parties p JOIN countries k ON k.iso3 = p.iso3
	WHERE ${since('p.joined', filters.since)} AND ${inScope('p', filters)}
	ORDER BY p.joined DESC, p.convention_id, k.name COLLATE NOACCENT.NOCASE`;
