/** Small multiples for a country's or a target's page: each indicator's series for one entity, the World beside it. */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import { WORLD } from '../../indicators/entities';
import { hasIndicatorData, INDICATOR_TABLES, indicatorsQuery, type Indicator } from './catalogue';
import { changeValuesQuery, codeList, entities, withChanges, type ChangeValues, type EntityChange, type SeriesPoint } from './values';

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
