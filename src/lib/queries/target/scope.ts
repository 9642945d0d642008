/**
 * What a target-element view covers: the element and the filters, the targets under the element, the cycle
 * shown per convention, and each country's roll-up on the element in those cycles. The region filter applies
 * to every number built on these.
 */
import { fragment, sql } from '../../db/sql';
import { rollUpSql } from '../../scoring';
import { rule, shownCycles } from '../lens-shared';

/** The element the page is about and what the view is narrowed to; `null` = everything / latest cycle. */
export interface TargetFilters {
	element: string;
	convention: string | null;
	/** Only meaningful with a convention; otherwise each convention's latest cycle is shown. */
	cycle: string | null;
	region: string | null;
}

/** Targets at or below the element, with their goal: one row for a target, all of a goal's or focal area's. */
export const targetsUnder = (element: string) =>
	fragment(sql`
		SELECT t.element_id AS target_id, t.parent_id AS goal_id FROM framework t
		WHERE t.level = 'target' AND (t.element_id = ${element} OR t.parent_id = ${element}
			OR t.parent_id IN (SELECT element_id FROM framework WHERE parent_id = ${element}))`);

/** The cycle shown per selected convention (rule 6): the requested one when it belongs to it, else the latest. */
export const shownPerConvention = ({ convention, cycle }: TargetFilters) =>
	fragment(sql`
		SELECT convention_id, cycle_id FROM (${shownCycles(convention !== null && cycle !== null ? [cycle] : [])})
		WHERE ${convention}::VARCHAR IS NULL OR convention_id = ${convention}`);

/** Each country's own roll-up on the element in the shown cycles: mean of its targets per goal, then of its goals. */
/** Per (keys…) the element's score from the target scores in `scores` (src/lib/scoring roll-ups). */
export const rolledUp = (keys: string[], element: string) => fragment(sql`SELECT * FROM (${rule(rollUpSql('scores', keys))}) WHERE element_id = ${element}`);

export const perCountry = (filters: TargetFilters) =>
	fragment(sql`
		WITH under AS (${targetsUnder(filters.element)}), shown AS (${shownPerConvention(filters)}),
		scores AS (
			SELECT s.convention_id, s.cycle_id, s.iso3, s.element_id AS target_id, s.score
			FROM status s JOIN shown USING (convention_id, cycle_id) JOIN under u ON u.target_id = s.element_id
			WHERE s.score IS NOT NULL),
		rolled AS (${rolledUp(['convention_id', 'cycle_id', 'iso3'], filters.element)})
		SELECT convention_id, cycle_id, iso3, score FROM rolled`);
