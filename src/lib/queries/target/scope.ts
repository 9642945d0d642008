/**
 * What a target-element view covers: the element and the filters, the cycle shown per convention, and the region
 * whose rows of the per-region aggregates (element-aggregates.ts) every number is read from.
 */
import { fragment, sql } from '../../db/sql';
import { inScopeSql } from '../../scoring';
import { rule, shownCycles } from '../lens-shared';

/** The element the page is about and what the view is narrowed to; `null` = everything / latest cycle. */
export interface TargetFilters {
	element: string;
	convention: string | null;
	/** Only meaningful with a convention; otherwise each convention's latest cycle is shown. */
	cycle: string | null;
	region: string | null;
}

/** The cycle shown per selected convention (rule 6): the requested one when it belongs to it, else the latest. */
export const shownPerConvention = ({ convention, cycle }: TargetFilters) =>
	fragment(sql`
		SELECT convention_id, cycle_id FROM (${shownCycles(convention !== null && cycle !== null ? [cycle] : [])})
		WHERE ${convention}::VARCHAR IS NULL OR convention_id = ${convention}`);

/** Rows of a per-region aggregate for the chosen region (NULL: every country's). */
export const inScope = (region: string | null, column = 'region') => rule(inScopeSql('?', column), region);
