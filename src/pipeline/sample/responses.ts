/**
 * Answers of the submitted reports. Each answer comes from a latent level: the convention's baseline, the
 * country's propensity and convention offset, its improvement per cycle, a shift for the whole report, the
 * question's difficulty and noise. The level picks a scored answer of the question's scale (higher level, higher
 * score). Whether a question applies to a country is fixed per country and question, so the same countries answer
 * "not applicable" in every cycle.
 */

import type { ConventionId } from '../reference/conventions';
import { cycleIndex, type Cycle } from './cycles';
import type { FormatQuestion } from './formats';
import { hashString, stream } from './random';
import type { Report } from './reports';
import { SCALE_BY_ID } from './scales';
import type { Tendency } from './tendencies';

export type ResponseRow = [convention_id: string, cycle_id: string, iso3: string, question_id: string, answer: string];

const CONVENTION_BASELINE: Readonly<Record<ConventionId, number>> = {
	cbd: -0.25,
	cites: -0.3,
	cms: -0.2,
	ramsar: -0.2,
	whc: 0.1
};
const DIFFICULTY_SD = 0.6;
const REPORT_SHIFT_SD = 0.25;
const ANSWER_NOISE_SD = 0.8;

interface PreparedQuestion {
	question: FormatQuestion;
	difficulty: number;
	/** Scored answer codes, lowest score first. */
	ladder: string[];
	notApplicable: string | undefined;
}

function prepare(question: FormatQuestion, seed: number): PreparedQuestion {
	const answers = SCALE_BY_ID.get(question.scale_id)!.answers;
	const scored = answers.filter((answer) => answer.score !== null).sort((a, b) => a.score! - b.score!);
	const difficulty = DIFFICULTY_SD * stream(seed, 'difficulty', question.convention_id, question.question_id).normal();
	return {
		question,
		difficulty,
		ladder: scored.map((answer) => answer.answer),
		notApplicable: answers.find((answer) => answer.score === null)?.answer
	};
}

function notApplicable(prepared: PreparedQuestion, iso3: string, seed: number): boolean {
	const { question } = prepared;
	if (!prepared.notApplicable || question.naRate === 0) return false;
	return hashString(`${seed}|na|${question.convention_id}|${iso3}|${question.naKey}`) / 2 ** 32 < question.naRate;
}

/** Responses of one cycle's submitted reports, by country then question order. */
export function* cycleResponses(
	cycle: Cycle,
	format: readonly FormatQuestion[],
	reports: readonly Report[],
	tendencies: ReadonlyMap<string, Tendency>,
	seed: number
): Generator<ResponseRow> {
	const questions = format.map((question) => prepare(question, seed));
	const step = cycleIndex(cycle);
	const conventionId = cycle.convention_id;
	for (const report of reports) {
		if (report.cycle_id !== cycle.cycle_id || report.submitted === null) continue;
		const tendency = tendencies.get(report.iso3)!;
		const random = stream(seed, 'answers', cycle.cycle_id, report.iso3);
		const level =
			CONVENTION_BASELINE[conventionId] +
			tendency.propensity +
			tendency.offset[conventionId] +
			tendency.improvementPerCycle[conventionId] * step +
			REPORT_SHIFT_SD * random.normal();
		for (const prepared of questions) {
			let answer: string;
			if (notApplicable(prepared, report.iso3, seed)) answer = prepared.notApplicable!;
			else {
				const latent = level + prepared.difficulty + ANSWER_NOISE_SD * random.normal();
				const share = 1 / (1 + Math.exp(-latent));
				answer = prepared.ladder[Math.min(prepared.ladder.length - 1, Math.floor(share * prepared.ladder.length))];
			}
			yield [conventionId, cycle.cycle_id, report.iso3, prepared.question.question_id, answer];
		}
	}
}
