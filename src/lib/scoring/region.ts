/** "In region": the countries of a region, or every country when none is chosen. SQL text. */

/** `region` is a SQL expression (used once, so it may be a `?` parameter) for the chosen region; NULL = all. */
const chosenRegion = (region: string) => `(SELECT ${region}::VARCHAR AS chosen) WHERE chosen IS NULL OR region = chosen`;

export const inRegionSql = (region: string, countries = 'countries') => `(SELECT iso3 FROM ${countries}, ${chosenRegion(region)})`;

/**
 * The same "in region" for every region at once: each country of `countries` in its region's scope (`region`) and
 * in the every-country scope (`region` NULL). Grouping by `region` over it gives, per scope, what inRegionSql's
 * filter gives for that region (a chosen region is never NULL), so one table can hold every region's figures.
 */
export const regionScopesSql = (countries = 'countries') => `
	SELECT iso3, region FROM ${countries} WHERE region IS NOT NULL
	UNION ALL SELECT iso3, NULL::VARCHAR AS region FROM ${countries}`;

/** A scope table's rows (its `column` from regionScopesSql's `region`) for the chosen region (NULL = all). */
export const inScopeSql = (region: string, column = 'region') => `${column} IS NOT DISTINCT FROM ${region}::VARCHAR`;
