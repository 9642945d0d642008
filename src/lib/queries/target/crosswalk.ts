/** The crosswalk questions mapped to the element in the shown cycles, with how the reports answered them. */
import { sql } from '../../db/sql';
import { inScope, shownPerConvention, type TargetFilters } from './scope';

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

/**
 * The crosswalk's questions in the shown cycles, which do not depend on the region: every question mapped to a
 * target at or below the element, once per question even when it maps to two of them, with each answer of its
 * scale (one row per question × answer).
 */
export const crosswalkQuestionsQuery = (filters: TargetFilters) => sql`
	WITH shown AS (${shownPerConvention(filters)}),
	mapped AS (
		SELECT q.convention_id, q.cycle_id, q.question_id, q.scale_id, q.text
		FROM questions q JOIN shown USING (convention_id, cycle_id)
		JOIN element_questions e USING (convention_id, cycle_id, question_id)
		WHERE e.element_id = ${filters.element}),
	mapped_targets AS (
		SELECT x.convention_id, x.question_id, string_agg(f.code, ', ' ORDER BY f.sort) AS targets
		FROM crosswalk x JOIN framework f ON f.element_id = x.element_id
		WHERE x.question_id IN (SELECT question_id FROM mapped) GROUP BY ALL)
	SELECT m.convention_id, m.cycle_id, m.question_id, m.text, m.scale_id, t.targets, sc.answer, sc.label, sc.score
	FROM mapped m
	JOIN scales sc ON sc.scale_id = m.scale_id
	LEFT JOIN mapped_targets t ON t.convention_id = m.convention_id AND t.question_id = m.question_id
	ORDER BY m.convention_id, m.cycle_id, length(m.question_id), m.question_id, sc.score NULLS LAST, sc.answer`;

/**
 * How many submitted reports of the selected countries gave each answer to the element's questions in the shown
 * cycles (answer_counts, counted once per report by the scoring core; answers nobody gave are left out).
 */
export const crosswalkCountsQuery = (filters: TargetFilters) => sql`
	WITH shown AS (${shownPerConvention(filters)})
	SELECT a.convention_id, a.cycle_id, a.question_id, a.answer, a.n AS count
	FROM answer_counts_by_region a JOIN shown USING (convention_id, cycle_id)
	JOIN element_questions e USING (convention_id, cycle_id, question_id)
	WHERE e.element_id = ${filters.element} AND ${inScope(filters.region, 'a.region')}`;

/** A question × answer row of crosswalkQuestionsQuery. */
export type CrosswalkRow = Omit<CrosswalkQuestion, 'answers' | 'not_applicable' | 'no_answer' | 'n_reports'> & Omit<AnswerCount, 'count'>;

/** A row of crosswalkCountsQuery. */
export interface CrosswalkCount {
	convention_id: string;
	cycle_id: string;
	question_id: string;
	answer: string;
	count: number;
}

const answerKey = (row: { convention_id: string; cycle_id: string; question_id: string; answer: string }) =>
	`${row.convention_id}/${row.cycle_id}/${row.question_id}/${row.answer}`;

/**
 * Answer rows (one per question × scale answer, in query order) grouped into questions, with the region's counts
 * and its submitted reports per cycle (`reports`, keyed convention/cycle).
 */
export function groupCrosswalk(rows: CrosswalkRow[], counts: CrosswalkCount[], reports: Map<string, number>): CrosswalkQuestion[] {
	const given = new Map(counts.map((row) => [answerKey(row), row.count]));
	const questions = new Map<string, CrosswalkQuestion>();
	for (const row of rows) {
		const { answer, label, score, ...question } = row;
		const key = `${question.convention_id}/${question.cycle_id}/${question.question_id}`;
		let entry = questions.get(key);
		if (!entry) {
			const n_reports = reports.get(`${question.convention_id}/${question.cycle_id}`) ?? 0;
			entry = { ...question, n_reports, answers: [], not_applicable: [], no_answer: n_reports };
			questions.set(key, entry);
		}
		const count = given.get(answerKey(row)) ?? 0;
		(score === null ? entry.not_applicable : entry.answers).push({ answer, label, score, count });
		entry.no_answer -= count;
	}
	return [...questions.values()];
}
