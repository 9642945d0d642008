/**
 * An indicator's values for chosen entities (countries, the World, aggregates): the series, and the change
 * 2000–2010, since 2010 and over the years there are.
 */
import { describeChange, type Change } from '../../indicators/change';
import { desiredDirection } from '../../indicators/direction';
import type { EntityKind } from '../../indicators/entities';
import { START_YEAR, TARGET_YEAR } from '../../indicators/years';
import { fragment, sql } from '../../db/sql';

export interface SeriesPoint {
	code: string;
	name: string;
	kind: EntityKind;
	year: number;
	value: number;
}

/** An entity's values at the start year, the target year and its latest year, and the two changes. */
export interface EntityChange extends ChangeValues {
	/** START_YEAR → TARGET_YEAR. */
	before: Change | null;
	/** TARGET_YEAR → latest year. */
	since: Change | null;
	/** First year → latest year: what can be said when the series misses 2000 or 2010. */
	span: Change | null;
}

/** Countries and aggregates with their kind: what every value's `iso3` is. */
export const entities = fragment(sql`
	SELECT iso3 AS code, name, 'country' AS kind FROM countries
	UNION ALL SELECT code, name, kind FROM indicator_entities`);

/** A comma-separated list as a parameter: `list_contains(${codeList(codes)}, x)`. */
export const codeList = (codes: readonly string[]) => fragment(sql`string_split(${codes.join(',')}, ',')`);

/** Every value of the indicator for the given entities, by entity then year. */
export const seriesQuery = (indicator: string, codes: readonly string[]) => sql`
	WITH e AS (${entities})
	SELECT v.iso3 AS code, e.name, e.kind, v.year, v.value
	FROM indicator_values v JOIN e ON e.code = v.iso3
	WHERE v.indicator_id = ${indicator} AND list_contains(${codeList(codes)}, v.iso3)
	ORDER BY list_position(${codeList(codes)}, v.iso3), v.year`;

/** Regions and income groups (never other groupings), regions first. */
export const aggregateSeriesQuery = (indicator: string) => sql`
	SELECT v.iso3 AS code, e.name, e.kind, v.year, v.value
	FROM indicator_values v JOIN indicator_entities e ON e.code = v.iso3
	WHERE v.indicator_id = ${indicator} AND e.kind IN ('region', 'income_group')
	ORDER BY e.kind DESC, e.name, v.year`;

export interface ChangeValues {
	code: string;
	name: string;
	kind: EntityKind;
	first_year: number;
	first: number;
	start: number | null;
	target: number | null;
	latest_year: number;
	latest: number;
}

/** Each entity's value in its first year, START_YEAR, TARGET_YEAR and its latest year. */
export const changeValuesQuery = (indicator: string, codes: readonly string[]) => sql`
	WITH e AS (${entities})
	SELECT v.iso3 AS code, any_value(e.name) AS name, any_value(e.kind) AS kind,
		max(v.value) FILTER (WHERE v.year = ${START_YEAR}) AS start,
		max(v.value) FILTER (WHERE v.year = ${TARGET_YEAR}) AS target,
		min(v.year) AS first_year, arg_min(v.value, v.year) AS first,
		max(v.year) AS latest_year, arg_max(v.value, v.year) AS latest
	FROM indicator_values v JOIN e ON e.code = v.iso3
	WHERE v.indicator_id = ${indicator} AND list_contains(${codeList(codes)}, v.iso3)
	GROUP BY v.iso3
	ORDER BY list_position(${codeList(codes)}, v.iso3)`;

export function withChanges(indicator: string, rows: ChangeValues[]): EntityChange[] {
	const desired = desiredDirection(indicator);
	return rows.map((row) => ({
		...row,
		before: describeChange(START_YEAR, row.start, TARGET_YEAR, row.target, desired),
		since: row.latest_year > TARGET_YEAR ? describeChange(TARGET_YEAR, row.target, row.latest_year, row.latest, desired) : null,
		span: row.latest_year > row.first_year ? describeChange(row.first_year, row.first, row.latest_year, row.latest, desired) : null
	}));
}
