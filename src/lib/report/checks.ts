/**
 * Checks while answering (issue 12 §7) and completeness: which questions are answered, which are missing,
 * and which answers the contract would reject (an answer not on the question's scale). A question left
 * unanswered is allowed by the contract (a report need not answer everything), so it is listed, not refused.
 */
import { answerKey, type Draft } from './draft';
import type { FormatQuestion } from './format';

export interface Completeness {
	total: number;
	/** Answered or marked not applicable. */
	answered: number;
	/** Still carried over from the previous report, not confirmed. */
	carried: number;
	missing: string[];
}

export function completeness(draft: Draft, keys: string[]): Completeness {
	let answered = 0;
	let carried = 0;
	const missing: string[] = [];
	for (const key of new Set(keys)) {
		const answer = draft.answers[key];
		if (!answer) missing.push(key);
		else {
			answered++;
			if (answer.carried) carried++;
		}
	}
	return { total: new Set(keys).size, answered, carried, missing };
}

/** An answer the contract would reject, and why. */
export interface AnswerProblem {
	key: string;
	kind: 'not_on_scale' | 'not_in_format';
	answer: string;
}

export function answerProblems(draft: Draft, questions: FormatQuestion[], scales: Map<string, Set<string>>): AnswerProblem[] {
	const scaleOf = new Map(questions.map((q) => [answerKey(q.convention_id, q.cycle_id, q.question_id), q.scale_id]));
	const problems: AnswerProblem[] = [];
	for (const [key, { answer }] of Object.entries(draft.answers)) {
		if (answer === null) continue;
		const scale = scaleOf.get(key);
		if (scale === undefined) problems.push({ key, kind: 'not_in_format', answer });
		else if (!scales.get(scale)?.has(answer)) problems.push({ key, kind: 'not_on_scale', answer });
	}
	return problems;
}
