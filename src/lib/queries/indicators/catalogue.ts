/**
 * Which outcome indicators the data has, and which targets each informs. Indicator tables are optional in the
 * data: every loader says when the build has none.
 */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';

export const INDICATOR_TABLES = ['indicators', 'indicator_values', 'indicator_entities', 'countries', 'framework'] as const;

export interface Indicator {
	indicator_id: string;
	name: string;
	unit: string;
	source: string | null;
	licence: string | null;
	citation: string | null;
	kind: 'sample' | 'real';
}

/** A target an indicator informs, with its focal area (for grouping). */
export interface IndicatorTarget {
	indicator_id: string;
	element_id: string;
	code: string;
	title: string;
	focal_area_id: string;
	focal_area_code: string;
	focal_area_title: string;
}

export const hasIndicatorData = (db: Db) => db.manifest.tables.indicators !== undefined && db.manifest.tables.indicator_values !== undefined;

export const indicatorsQuery = () => sql`
	SELECT indicator_id, any_value(name) AS name, any_value(unit) AS unit, any_value(source) AS source,
		any_value(licence) AS licence, any_value(citation) AS citation, any_value(kind) AS kind
	FROM indicators GROUP BY indicator_id ORDER BY indicator_id`;

export const indicatorTargetsQuery = () => sql`
	SELECT i.indicator_id, t.element_id, t.code, t.title, fa.element_id AS focal_area_id, fa.code AS focal_area_code,
		fa.title AS focal_area_title
	FROM indicators i
	JOIN framework t ON t.element_id = i.element_id
	JOIN framework g ON g.element_id = t.parent_id
	JOIN framework fa ON fa.element_id = g.parent_id
	ORDER BY t.sort, i.indicator_id`;

/** Every indicator id in the data (the pages to prerender). */
export async function loadIndicatorIds(db: Db): Promise<string[]> {
	if (!hasIndicatorData(db)) return [];
	await db.ensure(['indicators']);
	return (await db.query<{ indicator_id: string }>(sql`SELECT DISTINCT indicator_id FROM indicators ORDER BY indicator_id`)).map((row) => row.indicator_id);
}
