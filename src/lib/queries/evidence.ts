/**
 * The evidence behind one status cell (country × convention × cycle × target): the questions of that
 * cycle mapped to the target, the country's answers and their scores, and — when there is no status —
 * why. Needs the country's responses, so pages load them only when the evidence is opened: on the published
 * data, that country's part of the responses (`partitions` of manifest.json), so the cost follows the one
 * country shown, not the size of the corpus; on opened data, which has no parts, the whole responses table.
 */
import type { Db } from '../db/connection';
import { identifier, SqlFragment, sql } from '../db/sql';
import type { Manifest } from '../schema';
import { classify } from '../scoring';
import type { Evidence, EvidenceRow, NoStatusReason } from './lens-types';

/** The small tables every evidence needs, whatever the data. */
export const EVIDENCE_REFERENCE_TABLES = ['questions', 'scales', 'reports', 'parties', 'crosswalk', 'cycles'] as const;

/**
 * Where a country's answers are read from: its part of the responses (`responses_KEN`, from responses/KEN.parquet),
 * no table when the data is in parts and the country has none (it answered nothing), or the whole `responses` table
 * when the data has no parts (opened data).
 */
export type ResponsesSource = { kind: 'part'; table: string; file: string } | { kind: 'none' } | { kind: 'whole'; table: 'responses' };

export function responsesSource(manifest: Manifest, iso3: string): ResponsesSource {
	const partitioned = manifest.partitions?.responses;
	if (!partitioned || partitioned.column !== 'iso3') return { kind: 'whole', table: 'responses' };
	const part = partitioned.parts[iso3];
	return part ? { kind: 'part', table: `responses_${iso3}`, file: part.file } : { kind: 'none' };
}

/** Loads what the evidence of `iso3` reads (once each): the reference tables and the country's responses. */
export async function ensureEvidence(db: Db, iso3: string): Promise<ResponsesSource> {
	const source = responsesSource(db.manifest, iso3);
	await Promise.all([
		db.ensure(EVIDENCE_REFERENCE_TABLES),
		source.kind === 'part' ? db.ensureFile(source.table, source.file) : source.kind === 'whole' ? db.ensure([source.table]) : null
	]);
	return source;
}

/** The responses as SQL: a loaded table, or an empty one with the columns the evidence reads. */
function responsesRelation(source: ResponsesSource): SqlFragment {
	if (source.kind !== 'none') return identifier(source.table);
	return new SqlFragment(
		'(SELECT NULL::VARCHAR AS convention_id, NULL::VARCHAR AS cycle_id, NULL::VARCHAR AS iso3, NULL::VARCHAR AS question_id, NULL::VARCHAR AS element_id, NULL::VARCHAR AS answer LIMIT 0)'
	);
}

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

/** Every question of the cycle mapped to the target, with the country's answer (if any), its label and score; `responses`: where the answers are. */
export const evidenceRowsQuery = ({ convention, cycle, iso3, element }: EvidenceKey, responses: SqlFragment) => sql`
	SELECT q.question_id, q.text, a.answer, s.label AS answer_label, s.score
	FROM questions q
	JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id AND x.element_id = ${element}
	LEFT JOIN ${responses} a ON a.convention_id = q.convention_id AND a.cycle_id = q.cycle_id
		AND a.question_id = q.question_id AND a.iso3 = ${iso3} AND a.element_id = ${element}
	LEFT JOIN scales s ON s.scale_id = q.scale_id AND s.answer = a.answer
	WHERE q.convention_id = ${convention} AND q.cycle_id = ${cycle}
	ORDER BY q.question_id`;

export async function loadEvidence(db: Db, key: EvidenceKey): Promise<Evidence> {
	const source = await ensureEvidence(db, key.iso3);
	const [[context], rows] = await Promise.all([
		db.query<ReportContext>(reportContextQuery(key)),
		db.query<EvidenceRow>(evidenceRowsQuery(key, responsesRelation(source)))
	]);
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
