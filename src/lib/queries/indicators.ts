/**
 * The outcome-indicator questions: which indicators inform which targets, an indicator's series for the World,
 * regions and chosen countries, its values in one year (map, ranking), the change 2000–2010 and since 2010,
 * and what pages of countries and targets show of them. Indicator tables are optional in the data: every
 * loader says when the build has none.
 */
import { describeChange, type Change } from '../charts/indicatorChange';
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { rollUpSql } from '../scoring';
import { rankedCycles, rule } from './lens-shared';

export const INDICATOR_TABLES = ['indicators', 'indicator_values', 'indicator_entities', 'countries', 'framework'] as const;

/** The years the change is measured between: the start of the decade and the target year. */
export const START_YEAR = 2000;
export const TARGET_YEAR = 2010;

/** What a country or an aggregate is: `country`, or the aggregate's kind. */
export type EntityKind = 'country' | 'world' | 'region' | 'income_group' | 'other';

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

export interface SeriesPoint {
	code: string;
	name: string;
	kind: EntityKind;
	year: number;
	value: number;
}

export interface RankedValue {
	iso3: string;
	name: string;
	value: number;
	/** 1 = highest value; ties share a rank. */
	rank: number;
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

/** Whether a rise is good news: higher Red List Index, forest, protected area, LPI and sites are. */
export const DESIRED_DIRECTION: Readonly<Record<string, 'up' | 'down'>> = {
	red_list_index: 'up',
	forest_area_pct_land: 'up',
	protected_areas_pct_territory: 'up',
	living_planet_index: 'up',
	world_heritage_natural_sites: 'up'
};

export const hasIndicatorData = (db: Db) => db.manifest.tables.indicators !== undefined && db.manifest.tables.indicator_values !== undefined;

/** Countries and aggregates with their kind: what every value's `iso3` is. */
const entities = fragment(sql`
	SELECT iso3 AS code, name, 'country' AS kind FROM countries
	UNION ALL SELECT code, name, kind FROM indicator_entities`);

/** A comma-separated list as a parameter: `list_contains(${codeList(codes)}, x)`. */
const codeList = (codes: readonly string[]) => fragment(sql`string_split(${codes.join(',')}, ',')`);

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

/** Years with country values, and how many countries have one. */
export const countryYearsQuery = (indicator: string) => sql`
	SELECT v.year, count(*)::INTEGER AS n_countries
	FROM indicator_values v JOIN countries c ON c.iso3 = v.iso3
	WHERE v.indicator_id = ${indicator}
	GROUP BY v.year ORDER BY v.year`;

/** Countries only (never aggregates), highest first; ties share a rank. */
export const rankingQuery = (indicator: string, year: number) => sql`
	SELECT v.iso3, c.name, v.value, rank() OVER (ORDER BY v.value DESC)::INTEGER AS rank
	FROM indicator_values v JOIN countries c ON c.iso3 = v.iso3
	WHERE v.indicator_id = ${indicator} AND v.year = ${year}
	ORDER BY v.value DESC, c.name`;

/** Countries with any value of the indicator, for the country picker. */
export const countryOptionsQuery = (indicator: string) => sql`
	SELECT DISTINCT c.iso3, c.name
	FROM indicator_values v JOIN countries c ON c.iso3 = v.iso3
	WHERE v.indicator_id = ${indicator} ORDER BY c.name COLLATE NOACCENT.NOCASE`;

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
	const desired = DESIRED_DIRECTION[indicator] ?? null;
	return rows.map((row) => ({
		...row,
		before: describeChange(START_YEAR, row.start, TARGET_YEAR, row.target, desired),
		since: row.latest_year > TARGET_YEAR ? describeChange(TARGET_YEAR, row.target, row.latest_year, row.latest, desired) : null,
		span: row.latest_year > row.first_year ? describeChange(row.first_year, row.first, row.latest_year, row.latest, desired) : null
	}));
}

// ——— The indicators index: every indicator by focal area and target, with the World's trend ———

export interface IndicatorSummary extends Indicator {
	first_year: number | null;
	last_year: number | null;
	n_countries: number;
	/** The World's change since the target year, or over the years it has when those start later. */
	world: Change | null;
	world_latest: number | null;
	world_latest_year: number | null;
}

export interface IndicatorIndex {
	indicators: IndicatorSummary[];
	targets: IndicatorTarget[];
}

export const worldTrendQuery = () => sql`
	WITH span AS (
		SELECT indicator_id, min(year) AS first_year, max(year) AS last_year,
			count(DISTINCT iso3) FILTER (WHERE iso3 IN (SELECT iso3 FROM countries))::INTEGER AS n_countries
		FROM indicator_values GROUP BY indicator_id
	), world AS (
		SELECT indicator_id, min(year) AS world_first_year, arg_min(value, year) AS world_first,
			max(value) FILTER (WHERE year = ${TARGET_YEAR}) AS world_target, max(year) AS world_last_year,
			arg_max(value, year) AS world_latest
		FROM indicator_values WHERE iso3 = 'WLD' GROUP BY indicator_id
	)
	SELECT * FROM span LEFT JOIN world USING (indicator_id) ORDER BY indicator_id`;

interface WorldTrendRow {
	indicator_id: string;
	first_year: number;
	last_year: number;
	n_countries: number;
	world_first_year: number | null;
	world_first: number | null;
	world_target: number | null;
	world_last_year: number | null;
	world_latest: number | null;
}

function worldChange(indicator: string, row: WorldTrendRow | undefined): Change | null {
	if (!row || row.world_last_year === null) return null;
	const desired = DESIRED_DIRECTION[indicator] ?? null;
	const fromTarget = row.world_target !== null && row.world_last_year > TARGET_YEAR;
	const [fromYear, from] = fromTarget ? [TARGET_YEAR, row.world_target] : [row.world_first_year!, row.world_first];
	if (fromYear === row.world_last_year) return null;
	return describeChange(fromYear, from, row.world_last_year, row.world_latest, desired);
}

export async function loadIndicatorIndex(db: Db): Promise<IndicatorIndex> {
	if (!hasIndicatorData(db)) return { indicators: [], targets: [] };
	await db.ensure(INDICATOR_TABLES);
	const [indicators, targets, trends] = await Promise.all([
		db.query<Indicator>(indicatorsQuery()),
		db.query<IndicatorTarget>(indicatorTargetsQuery()),
		db.query<WorldTrendRow>(worldTrendQuery())
	]);
	const trendOf = new Map(trends.map((row) => [row.indicator_id, row]));
	return {
		targets,
		indicators: indicators.map((indicator) => {
			const row = trendOf.get(indicator.indicator_id);
			return {
				...indicator,
				first_year: row?.first_year ?? null,
				last_year: row?.last_year ?? null,
				n_countries: row?.n_countries ?? 0,
				world: worldChange(indicator.indicator_id, row),
				world_latest: row?.world_latest ?? null,
				world_latest_year: row?.world_last_year ?? null
			};
		})
	};
}

// ——— One indicator's page ———

export const WORLD = 'WLD';
/** Chosen countries beyond this are ignored: the lines must stay distinguishable. */
export const MAX_COUNTRIES = 8;

export interface IndicatorFilters {
	indicator: string;
	/** ISO3 codes of the chosen countries, in the order chosen. */
	countries: string[];
	/** The map and ranking year; null = the default (latest well-covered year). */
	year: number | null;
}

export interface IndicatorData {
	/** null when the data has no such indicator. */
	indicator: Indicator | null;
	targets: IndicatorTarget[];
	/** The World and the chosen countries. */
	series: SeriesPoint[];
	/** Regions and income groups. */
	aggregates: SeriesPoint[];
	years: { year: number; n_countries: number }[];
	/** The year the map and ranking show; null when no country has a value. */
	year: number | null;
	ranking: RankedValue[];
	/** The World, the chosen countries, then regions and income groups. */
	changes: EntityChange[];
	countryOptions: { iso3: string; name: string }[];
	/** The chosen countries that have values, as shown. */
	countries: string[];
}

export const noIndicator = (): IndicatorData => ({
	indicator: null,
	targets: [],
	series: [],
	aggregates: [],
	years: [],
	year: null,
	ranking: [],
	changes: [],
	countryOptions: [],
	countries: []
});

/** The latest year in which at least half as many countries have a value as in the best-covered year. */
export function defaultYear(years: { year: number; n_countries: number }[]): number | null {
	const most = Math.max(0, ...years.map((row) => row.n_countries));
	return years.filter((row) => row.n_countries >= most / 2).at(-1)?.year ?? null;
}

export async function loadIndicator(db: Db, filters: IndicatorFilters): Promise<IndicatorData> {
	if (!hasIndicatorData(db)) return noIndicator();
	await db.ensure(INDICATOR_TABLES);
	const id = filters.indicator;
	const [indicators, targets, years, countryOptions, aggregates] = await Promise.all([
		db.query<Indicator>(indicatorsQuery()),
		db.query<IndicatorTarget>(indicatorTargetsQuery()),
		db.query<{ year: number; n_countries: number }>(countryYearsQuery(id)),
		db.query<{ iso3: string; name: string }>(countryOptionsQuery(id)),
		db.query<SeriesPoint>(aggregateSeriesQuery(id))
	]);
	const indicator = indicators.find((row) => row.indicator_id === id);
	if (!indicator) return noIndicator();
	const available = new Set(countryOptions.map((row) => row.iso3));
	const countries = [...new Set(filters.countries)].filter((iso3) => available.has(iso3)).slice(0, MAX_COUNTRIES);
	const year = years.some((row) => row.year === filters.year) ? filters.year : defaultYear(years);
	const aggregateCodes = [...new Set(aggregates.map((row) => row.code))];
	const [series, ranking, changeValues] = await Promise.all([
		db.query<SeriesPoint>(seriesQuery(id, [WORLD, ...countries])),
		year === null ? [] : db.query<RankedValue>(rankingQuery(id, year)),
		db.query<ChangeValues>(changeValuesQuery(id, [WORLD, ...countries, ...aggregateCodes]))
	]);
	return {
		indicator,
		targets: targets.filter((row) => row.indicator_id === id),
		series,
		aggregates,
		years,
		year,
		ranking,
		changes: withChanges(id, changeValues),
		countryOptions,
		countries
	};
}

/** Every indicator id in the data (the pages to prerender). */
export async function loadIndicatorIds(db: Db): Promise<string[]> {
	if (!hasIndicatorData(db)) return [];
	await db.ensure(['indicators']);
	return (await db.query<{ indicator_id: string }>(sql`SELECT DISTINCT indicator_id FROM indicators ORDER BY indicator_id`)).map(
		(row) => row.indicator_id
	);
}

// ——— Small multiples for a country's or a target's page ———

export interface IndicatorPanel {
	indicator: Indicator;
	/** The entity the panel is about: a country, or the World on target pages. */
	focus: string;
	/** The focus entity's series, then the World's as the reference when the two compare (see comparesWithWorld). */
	series: SeriesPoint[];
	change: EntityChange | null;
}

export interface IndicatorPanels {
	panels: IndicatorPanel[];
	/** Indicators that concern the page but have no value for its focus. */
	without: Indicator[];
}

/** Indicators informing an element: a target itself, or the targets under a goal or focal area. */
export const elementIndicatorsQuery = (element: string) => sql`
	SELECT DISTINCT i.indicator_id
	FROM indicators i
	JOIN framework t ON t.element_id = i.element_id
	LEFT JOIN framework g ON g.element_id = t.parent_id
	WHERE i.element_id = ${element} OR t.parent_id = ${element} OR g.parent_id = ${element}
	ORDER BY i.indicator_id`;

export const panelSeriesQuery = (indicators: readonly string[], codes: readonly string[]) => sql`
	WITH e AS (${entities})
	SELECT v.indicator_id, v.iso3 AS code, e.name, e.kind, v.year, v.value
	FROM indicator_values v JOIN e ON e.code = v.iso3
	WHERE list_contains(${codeList(indicators)}, v.indicator_id) AND list_contains(${codeList(codes)}, v.iso3)
	ORDER BY v.indicator_id, list_position(${codeList(codes)}, v.iso3), v.year`;

/** Shares and indices compare with the World's; counts (e.g. sites) do not: a country's 3 beside the World's 250. */
export const comparesWithWorld = (unit: string) => /index|%/i.test(unit);

async function loadPanels(db: Db, ids: string[] | null, focus: string): Promise<IndicatorPanels> {
	if (!hasIndicatorData(db)) return { panels: [], without: [] };
	await db.ensure(INDICATOR_TABLES);
	const indicators = (await db.query<Indicator>(indicatorsQuery())).filter((row) => ids === null || ids.includes(row.indicator_id));
	if (indicators.length === 0) return { panels: [], without: [] };
	const codes = [...new Set([focus, WORLD])];
	const all = indicators.map((row) => row.indicator_id);
	const [series, changes] = await Promise.all([
		db.query<SeriesPoint & { indicator_id: string }>(panelSeriesQuery(all, codes)),
		Promise.all(all.map(async (id) => withChanges(id, await db.query<ChangeValues>(changeValuesQuery(id, [focus])))[0] ?? null))
	]);
	const panels: IndicatorPanel[] = [];
	const without: Indicator[] = [];
	indicators.forEach((indicator, i) => {
		const withWorld = comparesWithWorld(indicator.unit);
		const own = series
			.filter((row) => row.indicator_id === indicator.indicator_id && (row.code === focus || withWorld))
			.map(({ indicator_id: _, ...point }) => point);
		if (own.some((point) => point.code === focus)) panels.push({ indicator, focus, series: own, change: changes[i] });
		else without.push(indicator);
	});
	return { panels, without };
}

/** Every indicator with values for the country, each with the World beside it. */
export function loadCountryIndicators(db: Db, iso3: string): Promise<IndicatorPanels> {
	return loadPanels(db, null, iso3);
}

/** Every indicator's World series, for the overview of all indicators. */
export function loadWorldIndicators(db: Db): Promise<IndicatorPanels> {
	return loadPanels(db, null, WORLD);
}

/** The indicators informing a target (or the targets under a goal or focal area), for the World. */
export async function loadTargetIndicators(db: Db, element: string): Promise<IndicatorPanels> {
	if (!hasIndicatorData(db)) return { panels: [], without: [] };
	await db.ensure(INDICATOR_TABLES);
	const ids = (await db.query<{ indicator_id: string }>(elementIndicatorsQuery(element))).map((row) => row.indicator_id);
	return loadPanels(db, ids, WORLD);
}

// ——— Status and outcome side by side, for a target (or goal, focal area) ———

export const STATUS_VS_OUTCOME_TABLES = ['conventions', 'cycles', 'framework', 'status', 'element_status'] as const;

/** A convention's status on the element in its latest cycle (rule 3), and its change since the cycle before (rule 6). */
export interface ConventionTrend {
	convention_id: string;
	short_name: string;
	cycle_id: string;
	cycle_label: string;
	year: number;
	score: number | null;
	n_countries: number;
	previous_label: string | null;
	/** Mean change over the countries with a status in both cycles; null when none has. */
	change: number | null;
	n_both: number;
}

export interface StatusVsOutcome {
	element: string;
	implementation: ConventionTrend[];
	/** The World's trend of each indicator informing the element. */
	outcomes: { indicator: Indicator; world: EntityChange }[];
}

/**
 * Latest status per convention from element_status; the change from the previous cycle per country (a goal's
 * or focal area's per-country status is the mean of that country's targets, or goals, with data).
 */
export const conventionTrendQuery = (element: string) => sql`
	WITH ranked AS (${rankedCycles}), scores AS (
		SELECT convention_id, cycle_id, iso3, element_id AS target_id, score FROM status WHERE score IS NOT NULL
	), mine AS (
		SELECT s.convention_id, s.iso3, r.from_latest, s.score
		FROM (${rule(rollUpSql('scores', ['convention_id', 'cycle_id', 'iso3']))}) s
		JOIN ranked r ON r.convention_id = s.convention_id AND r.cycle_id = s.cycle_id
		WHERE s.element_id = ${element} AND r.from_latest <= 2
	), changed AS (
		SELECT a.convention_id, avg(a.score - b.score) AS change, count(*)::INTEGER AS n_both
		FROM mine a JOIN mine b ON b.convention_id = a.convention_id AND b.iso3 = a.iso3 AND b.from_latest = 2
		WHERE a.from_latest = 1
		GROUP BY a.convention_id
	)
	SELECT c.convention_id, c.short_name, l.cycle_id, l.label AS cycle_label, l.year, es.score,
		coalesce(es.n_countries, 0)::INTEGER AS n_countries, p.label AS previous_label, ch.change, coalesce(ch.n_both, 0)::INTEGER AS n_both
	FROM conventions c
	JOIN ranked l ON l.convention_id = c.convention_id AND l.from_latest = 1
	LEFT JOIN ranked p ON p.convention_id = c.convention_id AND p.from_latest = 2
	LEFT JOIN element_status es ON es.convention_id = c.convention_id AND es.cycle_id = l.cycle_id AND es.element_id = ${element}
	LEFT JOIN changed ch ON ch.convention_id = c.convention_id
	ORDER BY c.convention_id`;

export async function loadStatusVsOutcome(db: Db, element: string): Promise<StatusVsOutcome> {
	await db.ensure(STATUS_VS_OUTCOME_TABLES);
	const [implementation, { panels }] = await Promise.all([
		db.query<ConventionTrend>(conventionTrendQuery(element)),
		loadTargetIndicators(db, element)
	]);
	const outcomes = panels.flatMap((panel) => (panel.change ? [{ indicator: panel.indicator, world: panel.change }] : []));
	return { element, implementation, outcomes };
}
