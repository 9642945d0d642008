/**
 * What the studio's live status is shown beside (issue 12 §4), target by target for one format: the
 * party's previous report, its region's mean and the convention's mean in the same cycle, all read from
 * the published (or opened) status tables through the scoring rule's SQL.
 */
import type { Db } from '../db/connection';
import { sql, SqlFragment } from '../db/sql';
import { classifySql, formatCoverageSql, inRegionSql, meanOverCountriesSql } from '../scoring';
import type { StatusClass } from '../scoring';
import { rule } from './lens-shared';

export const REPORT_COMPARE_TABLES = ['status', 'element_status', 'countries', 'cycles', 'questions', 'crosswalk', 'framework'] as const;

export interface CompareRow {
	element_id: string;
	score: number | null;
	/** Countries behind a mean (1 for the previous report). */
	n_countries: number;
	n_scored: number | null;
	n_questions: number | null;
	status: StatusClass;
}

export const previousStatusQuery = (convention: string, cycle: string, iso3: string) => sql`
	SELECT element_id, score, 1 AS n_countries, n_scored, n_questions, status FROM status
	WHERE convention_id = ${convention} AND cycle_id = ${cycle} AND iso3 = ${iso3}`;

export const regionStatusQuery = (convention: string, cycle: string, region: string) => sql`
	WITH m AS (${rule(meanOverCountriesSql('status', inRegionSql('?')), region)}),
	cov AS (${new SqlFragment(formatCoverageSql())})
	SELECT cov.element_id, m.score, coalesce(m.n_countries, 0)::INTEGER AS n_countries, NULL AS n_scored, cov.n_questions,
		${new SqlFragment(classifySql('m.score', 'cov.n_questions'))} AS status
	FROM cov JOIN framework f ON f.element_id = cov.element_id AND f.level = 'target'
	LEFT JOIN m ON m.convention_id = cov.convention_id AND m.cycle_id = cov.cycle_id AND m.element_id = cov.element_id
	WHERE cov.convention_id = ${convention} AND cov.cycle_id = ${cycle}`;

export const conventionStatusQuery = (convention: string, cycle: string) => sql`
	SELECT element_id, score, n_countries, NULL AS n_scored, n_questions, status FROM element_status
	WHERE convention_id = ${convention} AND cycle_id = ${cycle} AND level = 'target'`;

export interface Comparison {
	previous: CompareRow[];
	region: CompareRow[];
	convention: CompareRow[];
}

export async function loadComparison(
	db: Db,
	format: { convention_id: string; cycle_id: string },
	iso3: string,
	region: string | null,
	previousCycle: string | null
): Promise<Comparison> {
	await db.ensure(REPORT_COMPARE_TABLES);
	const { convention_id: c, cycle_id: y } = format;
	const [previous, regional, convention] = await Promise.all([
		previousCycle ? db.query<CompareRow>(previousStatusQuery(c, previousCycle, iso3)) : Promise.resolve([]),
		region ? db.query<CompareRow>(regionStatusQuery(c, y, region)) : Promise.resolve([]),
		db.query<CompareRow>(conventionStatusQuery(c, y))
	]);
	return { previous, region: regional, convention };
}
