/**
 * Pre-filling (issue 12 §3): a question of the format takes the party's answer to the same `question_id`
 * in its previous report, marked carried over until confirmed. Questions already answered keep their answer.
 */
import { answerKey, type Draft } from './draft';
import type { FormatQuestion } from './format';

/** The party's answer to a question in its previous report of that convention. */
export interface PreviousAnswer {
	convention_id: string;
	question_id: string;
	answer: string;
}

export function prefill(draft: Draft, questions: FormatQuestion[], previous: PreviousAnswer[], scales: Map<string, Set<string>>): Draft {
	const byQuestion = new Map(previous.map((p) => [`${p.convention_id}|${p.question_id}`, p.answer]));
	const answers = { ...draft.answers };
	for (const q of questions) {
		const key = answerKey(q.convention_id, q.cycle_id, q.question_id);
		const answer = byQuestion.get(`${q.convention_id}|${q.question_id}`);
		// Only an answer still on this cycle's scale is carried over: a changed scale asks again.
		if (key in answers || answer === undefined || !scales.get(q.scale_id)?.has(answer)) continue;
		answers[key] = { answer, carried: true };
	}
	return { ...draft, answers };
}
