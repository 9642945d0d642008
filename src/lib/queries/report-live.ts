/**
 * The reporting studio's live status (issue 12 §4): the draft's answers go into two temporary tables of
 * the browser's DuckDB, and the scoring rule's own SQL (src/lib/scoring: reportStatusSql, rollUpSql,
 * formatCoverageSql, classifySql) scores them exactly as the pipeline scores a submitted report.
 */
import type { Db } from '../db/connection';
import { sql, SqlFragment } from '../db/sql';
import type { Draft } from '../report/draft';
import { draftRows } from '../report/draft-rows';
import { classifySql, formatCoverageSql, reportStatusSql, rollUpSql } from '../scoring';
import type { StatusClass } from '../scoring';

export const DRAFT_RESPONSES = 'studio_responses';
export const DRAFT_REPORTS = 'studio_reports';
const CHUNK = 32;

/** One element's status in the draft (targets, goals and focal areas). */
export interface LiveStatus {
	convention_id: string;
	cycle_id: string;
	element_id: string;
	level: 'focal_area' | 'goal' | 'target';
	score: number | null;
	/** Scored answers behind a target (NULL for goals and focal areas). */
	n_scored: number | null;
	n_questions: number;
	status: StatusClass;
}

/** Replaces the temporary tables' rows with the draft's. */
export async function writeDraftTables(db: Db, draft: Draft, submitted: string): Promise<void> {
	await db.query(
		sql`CREATE TEMP TABLE IF NOT EXISTS studio_responses (convention_id VARCHAR, cycle_id VARCHAR, iso3 VARCHAR, question_id VARCHAR, answer VARCHAR)`
	);
	await db.query(sql`CREATE TEMP TABLE IF NOT EXISTS studio_reports (convention_id VARCHAR, cycle_id VARCHAR, iso3 VARCHAR, submitted VARCHAR)`);
	await db.query(sql`DELETE FROM studio_responses`);
	await db.query(sql`DELETE FROM studio_reports`);
	const { reports, responses } = draftRows(draft, submitted);
	for (let i = 0; i < reports.length; i += CHUNK) await insert(db, 'studio_reports', reports.slice(i, i + CHUNK));
	for (let i = 0; i < responses.length; i += CHUNK) await insert(db, 'studio_responses', responses.slice(i, i + CHUNK));
}

async function insert(db: Db, table: typeof DRAFT_REPORTS | typeof DRAFT_RESPONSES, rows: readonly (readonly string[])[]) {
	if (rows.length === 0) return;
	const values = new SqlFragment(rows.map((row) => `(${row.map(() => '?').join(', ')})`).join(', '), rows.flat());
	await db.query(sql`INSERT INTO ${new SqlFragment(table)} VALUES ${values}`);
}

const TABLES = {
	reports: DRAFT_REPORTS,
	responses: DRAFT_RESPONSES,
	cycles: 'cycles',
	questions: 'questions',
	scales: 'scales',
	crosswalk: 'crosswalk',
	framework: 'framework'
};

/** Every framework element's status in the draft's reports: targets by rule 2, goals and focal areas by rule 4. */
export const liveStatusQuery = () =>
	sql`${new SqlFragment(`
	WITH targets AS (${reportStatusSql(TABLES)}),
	scored AS (SELECT convention_id, cycle_id, iso3, element_id AS target_id, score FROM targets WHERE score IS NOT NULL),
	rolled AS (${rollUpSql('scored', ['convention_id', 'cycle_id', 'iso3'], 'framework')}),
	coverage AS (${formatCoverageSql('cycles', 'questions', 'crosswalk', 'framework')})
	SELECT rep.convention_id, rep.cycle_id, f.element_id, f.level, r.score,
		CASE WHEN f.level = 'target' THEN t.n_scored END AS n_scored,
		c.n_questions,
		${classifySql('r.score', 'c.n_questions')} AS status
	FROM ${DRAFT_REPORTS} rep CROSS JOIN framework f
	JOIN coverage c ON c.convention_id = rep.convention_id AND c.cycle_id = rep.cycle_id AND c.element_id = f.element_id
	LEFT JOIN rolled r ON r.convention_id = rep.convention_id AND r.cycle_id = rep.cycle_id AND r.element_id = f.element_id
	LEFT JOIN targets t ON t.convention_id = rep.convention_id AND t.cycle_id = rep.cycle_id AND t.element_id = f.element_id
	ORDER BY rep.convention_id, f.sort`)}`;

/** Writes the draft and scores it: the preview of what the pipeline will find once the report is merged. */
export async function liveStatus(db: Db, draft: Draft, submitted: string): Promise<LiveStatus[]> {
	await writeDraftTables(db, draft, submitted);
	return db.query<LiveStatus>(liveStatusQuery());
}
