/** The indicators index: every indicator by focal area and target, with the World's trend. */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import { describeChange, type Change } from '../../indicators/change';
import { desiredDirection } from '../../indicators/direction';
import { WORLD } from '../../indicators/entities';
import { TARGET_YEAR } from '../../indicators/years';
import { hasIndicatorData, INDICATOR_TABLES, indicatorsQuery, indicatorTargetsQuery, type Indicator, type IndicatorTarget } from './catalogue';

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
		FROM indicator_values WHERE iso3 = ${WORLD} GROUP BY indicator_id
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
	const desired = desiredDirection(indicator);
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
