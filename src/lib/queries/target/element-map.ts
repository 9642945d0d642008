/** Each country's status on the element in the map's cycle, with whether a report was expected and submitted. */
import { classify, type StatusClass } from '../../scoring';
import { fragment, sql } from '../../db/sql';
import { shownPerConvention, type TargetFilters } from './scope';

/**
 * A country's status on the element in the map's cycle (a goal or focal area rolled up per country by
 * rule 3): every country of the region, with whether a report was expected from it and submitted.
 */
export interface CountryElementStatus {
	iso3: string;
	name: string;
	score: number | null;
	status: StatusClass;
	expected: boolean;
	reported: boolean;
	/** Party to at least one convention: the country has a page. */
	has_page: boolean;
}

export interface ElementMap {
	convention_id: string;
	cycle_id: string;
	countries: CountryElementStatus[];
}

/** The convention the map shows: the selected one, or the first. */
const mapConvention = (convention: string | null) => fragment(sql`coalesce(${convention}::VARCHAR, (SELECT min(convention_id) FROM conventions))`);

/**
 * Every country of the region in the map convention's shown cycle: its own roll-up on the element (from the
 * per-country aggregate, element-aggregates.ts), and whether it reported.
 */
export const mapQuery = (filters: TargetFilters) => sql`
	WITH shown AS (
		SELECT * FROM (${shownPerConvention(filters)}) WHERE convention_id = ${mapConvention(filters.convention)}),
	per_country AS (SELECT * FROM element_country_status WHERE element_id = ${filters.element})
	SELECT c.iso3, c.name, p.score,
		(r.iso3 IS NOT NULL) AS expected, (r.submitted IS NOT NULL) AS reported,
		c.iso3 IN (SELECT iso3 FROM parties) AS has_page,
		sh.convention_id, sh.cycle_id, e.n_questions
	FROM countries c
	CROSS JOIN shown sh
	LEFT JOIN element_status e ON e.convention_id = sh.convention_id AND e.cycle_id = sh.cycle_id AND e.element_id = ${filters.element}
	LEFT JOIN reports r ON r.convention_id = sh.convention_id AND r.cycle_id = sh.cycle_id AND r.iso3 = c.iso3
	LEFT JOIN per_country p ON p.convention_id = sh.convention_id AND p.cycle_id = sh.cycle_id AND p.iso3 = c.iso3
	WHERE ${filters.region}::VARCHAR IS NULL OR c.region = ${filters.region}
	ORDER BY c.name COLLATE NOACCENT.NOCASE`;

/** A row of mapQuery: the status is classified after. */
export type ElementMapRow = Omit<CountryElementStatus, 'status'> & { convention_id: string; cycle_id: string; n_questions: number | null };

export function toElementMap(rows: ElementMapRow[], convention: string | null): ElementMap {
	return {
		convention_id: rows[0]?.convention_id ?? convention ?? '',
		cycle_id: rows[0]?.cycle_id ?? '',
		countries: rows.map(({ iso3, name, score, expected, reported, has_page, n_questions }) => ({
			iso3,
			name,
			score,
			status: classify(score, n_questions),
			expected,
			reported,
			has_page
		}))
	};
}
