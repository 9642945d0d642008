/**
 * One indicator's page: its series for the World and chosen countries, regions and income groups, its values
 * in one year (map, ranking), and the changes.
 */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import { WORLD } from '../../indicators/entities';
import { hasIndicatorData, INDICATOR_TABLES, indicatorsQuery, indicatorTargetsQuery, type Indicator, type IndicatorTarget } from './catalogue';
import { once } from '../lens-shared';
import { aggregateSeriesQuery, changeValuesQuery, seriesQuery, withChanges, type ChangeValues, type EntityChange, type SeriesPoint } from './values';

export interface RankedValue {
	iso3: string;
	name: string;
	value: number;
	/** 1 = highest value; ties share a rank. */
	rank: number;
}

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
	// What does not depend on the chosen countries or year is asked once per database; a year change asks only its ranking.
	const [indicators, targets, years, countryOptions, aggregates] = await Promise.all([
		once(db, 'indicators', () => db.query<Indicator>(indicatorsQuery())),
		once(db, 'indicator targets', () => db.query<IndicatorTarget>(indicatorTargetsQuery())),
		once(db, `indicator years ${id}`, () => db.query<{ year: number; n_countries: number }>(countryYearsQuery(id))),
		once(db, `indicator countries ${id}`, () => db.query<{ iso3: string; name: string }>(countryOptionsQuery(id))),
		once(db, `indicator aggregates ${id}`, () => db.query<SeriesPoint>(aggregateSeriesQuery(id)))
	]);
	const indicator = indicators.find((row) => row.indicator_id === id);
	if (!indicator) return noIndicator();
	const available = new Set(countryOptions.map((row) => row.iso3));
	const countries = [...new Set(filters.countries)].filter((iso3) => available.has(iso3)).slice(0, MAX_COUNTRIES);
	const year = years.some((row) => row.year === filters.year) ? filters.year : defaultYear(years);
	const aggregateCodes = [...new Set(aggregates.map((row) => row.code))];
	const chosen = `${id} ${countries.join(',')}`;
	const [series, ranking, changeValues] = await Promise.all([
		once(db, `indicator series ${chosen}`, () => db.query<SeriesPoint>(seriesQuery(id, [WORLD, ...countries]))),
		year === null ? [] : db.query<RankedValue>(rankingQuery(id, year)),
		once(db, `indicator changes ${chosen}`, () => db.query<ChangeValues>(changeValuesQuery(id, [WORLD, ...countries, ...aggregateCodes])))
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
