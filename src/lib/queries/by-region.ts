/**
 * Small aggregate tables by region, made once per database from the loaded tables, so that a filter
 * change sums a few thousand rows instead of scanning every report. Sums and counts add up across
 * regions, so "all regions" is the sum of the regions (rule 3: mean over the countries with data).
 */
import { fragment, sql } from '../db/sql';
import { derivedTables } from './derived-tables';

export const BY_REGION_SOURCES = ['status', 'reports', 'parties', 'countries'] as const;

const region = fragment(sql`coalesce(c.region, '')`);

const STATEMENTS = [
	sql`CREATE TABLE IF NOT EXISTS status_by_region AS
		SELECT s.convention_id, s.cycle_id, ${region} AS region, s.element_id,
			sum(s.score) AS score_sum, count(s.score)::INTEGER AS n_countries
		FROM status s LEFT JOIN countries c ON c.iso3 = s.iso3
		GROUP BY ALL`,
	sql`CREATE TABLE IF NOT EXISTS reports_by_region AS
		SELECT r.convention_id, r.cycle_id, ${region} AS region,
			count(*)::INTEGER AS expected, count(r.submitted)::INTEGER AS submitted
		FROM reports r LEFT JOIN countries c ON c.iso3 = r.iso3
		GROUP BY ALL`,
	sql`CREATE TABLE IF NOT EXISTS parties_by_region AS
		SELECT ${region} AS region, count(DISTINCT p.iso3)::INTEGER AS parties
		FROM parties p LEFT JOIN countries c ON c.iso3 = p.iso3
		GROUP BY ALL`
];

/** Loads the source tables and makes the aggregates, once per database. */
export const ensureByRegion = derivedTables(BY_REGION_SOURCES, STATEMENTS);
