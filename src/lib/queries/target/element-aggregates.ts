/**
 * Small tables the target-element pages read, made once per database from the loaded tables, so that a filter
 * change looks up a few rows of its element and region instead of rolling the status table up again (issue 13).
 * Each holds every region's figures and, under region NULL, every country's (regionScopesSql: the same "in
 * region" as the filter). The roll-ups are the scoring rule's (rollUpSql).
 */
import { SqlFragment, sql } from '../../db/sql';
import { PROGRESSING_FROM, regionScopesSql, rollUpSql, targetPathSql } from '../../scoring';
import { derivedTables } from '../derived-tables';
import { rule } from '../lens-shared';

export const ELEMENT_AGGREGATE_SOURCES = ['framework', 'countries', 'status', 'questions', 'crosswalk', 'answer_counts'] as const;

const scopes = rule(regionScopesSql());
const progressingFrom = new SqlFragment(String(Number(PROGRESSING_FROM)));

export const ELEMENT_AGGREGATE_STATEMENTS = [
	// Each country's own roll-up on every element (target, goal, focal area) in every cycle it has a score in.
	sql`CREATE TABLE IF NOT EXISTS element_country_status AS
		WITH scores AS (
			SELECT convention_id, cycle_id, iso3, element_id AS target_id, score FROM status WHERE score IS NOT NULL)
		SELECT * FROM (${rule(rollUpSql('scores', ['convention_id', 'cycle_id', 'iso3']))})`,
	// Per region (NULL = all): the element's status over the region's countries (a target = mean over the
	// countries with a score, then rolled up), how many countries have one on it, and how many of those are
	// in progress or advanced on their own roll-up.
	sql`CREATE TABLE IF NOT EXISTS element_region_status AS
		WITH scopes AS (${scopes}),
		scores AS (
			SELECT s.convention_id, s.cycle_id, k.region, s.element_id AS target_id, avg(s.score) AS score
			FROM status s JOIN scopes k ON k.iso3 = s.iso3 WHERE s.score IS NOT NULL GROUP BY ALL),
		rolled AS (${rule(rollUpSql('scores', ['convention_id', 'cycle_id', 'region']))}),
		countries_on AS (
			SELECT p.convention_id, p.cycle_id, k.region, p.element_id, count(*)::INTEGER AS n_countries,
				count(*) FILTER (WHERE p.score >= ${progressingFrom})::INTEGER AS n_progressing
			FROM element_country_status p JOIN scopes k ON k.iso3 = p.iso3 GROUP BY ALL)
		SELECT r.convention_id, r.cycle_id, r.region, r.element_id, r.score, c.n_countries, c.n_progressing
		FROM rolled r JOIN countries_on c ON c.convention_id = r.convention_id AND c.cycle_id = r.cycle_id
			AND c.region IS NOT DISTINCT FROM r.region AND c.element_id = r.element_id`,
	// Per region (NULL = all): countries with a submitted report (a status row) in each cycle.
	sql`CREATE TABLE IF NOT EXISTS status_reports_by_region AS
		WITH scopes AS (${scopes})
		SELECT s.convention_id, s.cycle_id, k.region, count(DISTINCT s.iso3)::INTEGER AS n_reports
		FROM status s JOIN scopes k ON k.iso3 = s.iso3 GROUP BY ALL`,
	// Questions mapped to each element: to the target itself, or to a target under the goal or focal area.
	sql`CREATE TABLE IF NOT EXISTS element_questions AS
		WITH path AS (${rule(targetPathSql())})
		SELECT DISTINCT q.convention_id, q.cycle_id, q.question_id, e.element_id
		FROM questions q JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id
		JOIN path p ON p.target_id = x.element_id
		CROSS JOIN LATERAL (VALUES (p.target_id), (p.goal_id), (p.focal_area_id)) AS e(element_id)
		WHERE e.element_id IS NOT NULL`,
	// answer_counts per region as counted by the scoring core, and (region NULL) summed over every row.
	sql`CREATE TABLE IF NOT EXISTS answer_counts_by_region AS
		SELECT convention_id, cycle_id, question_id, answer, region, sum(n_countries)::INTEGER AS n
		FROM answer_counts WHERE region IS NOT NULL GROUP BY ALL
		UNION ALL
		SELECT convention_id, cycle_id, question_id, answer, NULL::VARCHAR AS region, sum(n_countries)::INTEGER AS n
		FROM answer_counts GROUP BY ALL`
];

/** Loads the source tables and makes the aggregates, once per database. */
export const ensureElementAggregates = derivedTables(ELEMENT_AGGREGATE_SOURCES, ELEMENT_AGGREGATE_STATEMENTS);
