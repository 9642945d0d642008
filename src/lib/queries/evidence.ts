/**
 * The evidence behind one status cell (country × convention × cycle × target): the questions of that
 * cycle mapped to the target, the country's answers and their scores, and — when there is no status —
 * why. Needs the responses table, so pages load it only when the evidence is opened.
 */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import { classify } from '../scoring';
import type { Evidence, EvidenceRow, NoStatusReason } from './lens-types';

export const EVIDENCE_TABLES = ['responses', 'questions', 'scales', 'reports', 'parties', 'crosswalk', 'cycles'] as const;

export interface EvidenceKey {
	convention: string;
	cycle: string;
	iso3: string;
	element: string;
}

interface ReportContext {
	cycle_label: string;
	joined: string | null;
	expected: boolean;
	submitted: string | null;
}

export const reportContextQuery = ({ convention, cycle, iso3 }: EvidenceKey) => sql`
	SELECT c.label AS cycle_label, p.joined, r.iso3 IS NOT NULL AS expected, r.submitted
	FROM cycles c
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = ${iso3}
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = ${iso3}
	WHERE c.convention_id = ${convention} AND c.cycle_id = ${cycle}`;

/** Every question of the cycle mapped to the target, with the country's answer (if any), its label and score. */
export const evidenceRowsQuery = ({ convention, cycle, iso3, element }: EvidenceKey) => sql`
	SELECT q.question_id, q.text, a.answer, s.label AS answer_label, s.score
	FROM questions q
	JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id AND x.element_id = ${element}
	LEFT JOIN responses a ON a.convention_id = q.convention_id AND a.cycle_id = q.cycle_id
		AND a.question_id = q.question_id AND a.iso3 = ${iso3} AND a.element_id = ${element}
	LEFT JOIN scales s ON s.scale_id = q.scale_id AND s.answer = a.answer
	WHERE q.convention_id = ${convention} AND q.cycle_id = ${cycle}
	ORDER BY q.question_id`;

export async function loadEvidence(db: Db, key: EvidenceKey): Promise<Evidence> {
	await db.ensure(EVIDENCE_TABLES);
	const [[context], rows] = await Promise.all([db.query<ReportContext>(reportContextQuery(key)), db.query<EvidenceRow>(evidenceRowsQuery(key))]);
	if (!context) throw new Error(`No cycle "${key.cycle}" of convention "${key.convention}"`);
	const scores = rows.map((row) => row.score).filter((score): score is number => score != null);
	const score = scores.length ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null;
	return {
		convention_id: key.convention,
		cycle_id: key.cycle,
		cycle_label: context.cycle_label,
		iso3: key.iso3,
		element_id: key.element,
		joined: context.joined,
		submitted: context.submitted,
		rows,
		score,
		status: classify(score, rows.length),
		n_scored: scores.length,
		n_questions: rows.length,
		reason: score == null ? noStatusReason(context, rows) : null
	};
}

/** The first reason that applies, from the most basic (not a party) to the most specific. */
export function noStatusReason(context: Omit<ReportContext, 'cycle_label'>, rows: EvidenceRow[]): NoStatusReason {
	if (context.joined == null) return 'not_party';
	if (!context.expected) return 'not_expected';
	if (context.submitted == null) return 'not_submitted';
	if (rows.length === 0) return 'no_questions';
	return rows.some((row) => row.answer != null) ? 'all_not_applicable' : 'not_answered';
}
