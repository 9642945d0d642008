/** The crosswalk questions mapped to the element in the shown cycles, with how the reports answered them. */
import { sql } from '../../db/sql';
import { rowsInRegionSql } from '../../scoring';
import { inRegion, rule } from '../lens-shared';
import { shownPerConvention, targetsUnder, type TargetFilters } from './scope';

export interface AnswerCount {
	answer: string;
	label: string;
	/** null = not applicable. */
	score: number | null;
	/** Submitted reports (of the selected countries) that gave this answer. */
	count: number;
}

/** A question of a cycle's report format that the crosswalk maps to the element, with its answers. */
export interface CrosswalkQuestion {
	convention_id: string;
	cycle_id: string;
	question_id: string;
	text: string;
	scale_id: string;
	/** Codes of every target the question is mapped to, in framework order. */
	targets: string;
	n_reports: number;
	/** Scored answers of the scale, lowest score first (zeros included). */
	answers: AnswerCount[];
	/** Not-applicable answers of the scale (empty score), shown apart from the scored ones. */
	not_applicable: AnswerCount[];
	/** Submitted reports that left the question unanswered. */
	no_answer: number;
}

/** answer_counts rows of the chosen region (all when none): counted once by the scoring core, summed here. */
const answerCountsInRegion = (region: string | null) => rule(rowsInRegionSql('?', 'answer_counts'), region);

/**
 * The crosswalk in the shown cycles: every question mapped to a target at or below the element, with
 * each answer of its scale and how many submitted reports gave it (counted once per report, even when
 * the question maps to two targets). `mapped` is read twice: materialised, it is computed once (about half the
 * query's time on duckdb-wasm at 1M responses).
 */
export const crosswalkQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), under AS (${targetsUnder(filters.element)}),
	shown AS (${shownPerConvention(filters)}),
	mapped AS MATERIALIZED (
		SELECT DISTINCT q.convention_id, q.cycle_id, q.question_id, q.scale_id, q.text
		FROM questions q JOIN shown USING (convention_id, cycle_id)
		JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id
		WHERE x.element_id IN (SELECT target_id FROM under)),
	mapped_targets AS (
		SELECT x.convention_id, x.question_id, string_agg(f.code, ', ' ORDER BY f.sort) AS targets
		FROM crosswalk x JOIN framework f ON f.element_id = x.element_id GROUP BY ALL),
	answered AS (
		SELECT a.convention_id, a.cycle_id, a.question_id, a.answer, sum(a.n_countries) AS n
		FROM ${answerCountsInRegion(filters.region)} a JOIN mapped m USING (convention_id, cycle_id, question_id)
		GROUP BY ALL),
	submitted AS (
		SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM status JOIN shown USING (convention_id, cycle_id)
		WHERE iso3 IN (SELECT iso3 FROM selected) GROUP BY ALL)
	SELECT m.convention_id, m.cycle_id, m.question_id, m.text, m.scale_id, t.targets,
		sc.answer, sc.label, sc.score, coalesce(a.n, 0)::INTEGER AS count, coalesce(s.n, 0)::INTEGER AS n_reports
	FROM mapped m
	JOIN scales sc ON sc.scale_id = m.scale_id
	LEFT JOIN mapped_targets t ON t.convention_id = m.convention_id AND t.question_id = m.question_id
	LEFT JOIN answered a ON a.convention_id = m.convention_id AND a.cycle_id = m.cycle_id
		AND a.question_id = m.question_id AND a.answer = sc.answer
	LEFT JOIN submitted s ON s.convention_id = m.convention_id AND s.cycle_id = m.cycle_id
	ORDER BY m.convention_id, m.cycle_id, length(m.question_id), m.question_id, sc.score NULLS LAST, sc.answer`;

export type CrosswalkRow = Omit<CrosswalkQuestion, 'answers' | 'not_applicable' | 'no_answer'> & AnswerCount;

/** Answer rows (one per question × scale answer) grouped into questions, in query order. */
export function groupCrosswalk(rows: CrosswalkRow[]): CrosswalkQuestion[] {
	const questions = new Map<string, CrosswalkQuestion>();
	for (const { answer, label, score, count, ...question } of rows) {
		const key = `${question.convention_id}/${question.cycle_id}/${question.question_id}`;
		const entry = questions.get(key) ?? { ...question, answers: [], not_applicable: [], no_answer: question.n_reports };
		(score === null ? entry.not_applicable : entry.answers).push({ answer, label, score, count });
		entry.no_answer -= count;
		questions.set(key, entry);
	}
	return [...questions.values()];
}
