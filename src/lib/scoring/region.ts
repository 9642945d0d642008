/** "In region": the countries of a region, or every country when none is chosen. SQL text. */

/** `region` is a SQL expression (used once, so it may be a `?` parameter) for the chosen region; NULL = all. */
export const inRegionSql = (region: string, countries = 'countries') =>
	`(SELECT iso3 FROM ${countries}, (SELECT ${region}::VARCHAR AS chosen) WHERE chosen IS NULL OR region = chosen)`;
