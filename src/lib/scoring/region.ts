/** "In region": the countries of a region, or every country when none is chosen. SQL text. */

/** `region` is a SQL expression (used once, so it may be a `?` parameter) for the chosen region; NULL = all. */
const chosenRegion = (region: string) => `(SELECT ${region}::VARCHAR AS chosen) WHERE chosen IS NULL OR region = chosen`;

export const inRegionSql = (region: string, countries = 'countries') => `(SELECT iso3 FROM ${countries}, ${chosenRegion(region)})`;

/**
 * The rows of `table` (which has a `region` column taken from countries) in the chosen region, or all of them:
 * the same "in region" as inRegionSql, for tables already counted per region.
 */
export const rowsInRegionSql = (region: string, table: string) => `(SELECT ${table}.* FROM ${table}, ${chosenRegion(region)})`;
