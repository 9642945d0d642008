/**
 * Report formats: the questions of each convention-cycle, picked from the convention's question bank. A question
 * keeps its id, scale and targets in every cycle that asks it, so the crosswalk (keyed by convention and question)
 * holds for all cycles. Formats larger than the bank (benchmark sizes) repeat bank questions as numbered parts.
 */

import type { ConventionId } from '../reference/conventions';
import { targetId } from '../reference/framework';
import type { Cycle } from './cycles';
import { questionsOfCycle, type BankQuestion } from './question-bank';
import { hashString } from './random';
import { SCALE_BY_ID } from './scales';

export interface FormatQuestion {
	convention_id: ConventionId;
	cycle_id: string;
	question_id: string;
	scale_id: string;
	text: string;
	/** Target element ids, e.g. `t1.1`. */
	element_ids: readonly string[];
	/** Chance that the question does not apply to a country (0 when the scale has no such answer). */
	naRate: number;
	naKey: string;
}

const DEFAULT_NA_RATE = 0.02;

function toFormatQuestion(cycle: Cycle, entry: BankQuestion, part: number): FormatQuestion {
	const hasNotApplicable = SCALE_BY_ID.get(entry.scale)!.answers.some((answer) => answer.score === null);
	return {
		convention_id: cycle.convention_id,
		cycle_id: cycle.cycle_id,
		question_id: part === 1 ? entry.id : `${entry.id}-${part}`,
		scale_id: entry.scale,
		text: part === 1 ? entry.text : `${entry.text} (part ${part})`,
		element_ids: entry.targets.map(targetId),
		naRate: hasNotApplicable ? (entry.naRate ?? DEFAULT_NA_RATE) : 0,
		naKey: entry.naGroup ?? entry.id
	};
}

/**
 * The format of one cycle with `count` questions. Below the bank's size, the same questions win in every cycle
 * (a fixed priority per question), so consecutive formats mostly overlap, as real ones do.
 */
export function buildFormat(cycle: Cycle, count: number, seed: number): FormatQuestion[] {
	const eligible = questionsOfCycle(cycle.convention_id, cycle.cycle_id);
	if (count <= eligible.length) {
		const priority = (entry: BankQuestion) => hashString(`${seed}|priority|${cycle.convention_id}|${entry.id}`);
		const chosen = new Set([...eligible].sort((a, b) => priority(a) - priority(b)).slice(0, count));
		return eligible.filter((entry) => chosen.has(entry)).map((entry) => toFormatQuestion(cycle, entry, 1));
	}
	return Array.from({ length: count }, (_, index) => toFormatQuestion(cycle, eligible[index % eligible.length], Math.floor(index / eligible.length) + 1));
}

/** One crosswalk row per (convention, question, target), in order of first appearance. */
export function crosswalkRows(formats: readonly FormatQuestion[][]) {
	const seen = new Set<string>();
	const rows: { convention_id: string; question_id: string; element_id: string }[] = [];
	for (const question of formats.flat()) {
		const key = `${question.convention_id}|${question.question_id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const { convention_id, question_id } = question;
		for (const element_id of question.element_ids) rows.push({ convention_id, question_id, element_id });
	}
	return rows;
}
