/** Problems of opened files as the page shows them: the CLI's fields and its exact line. */
import { formatProblem, type Problem, type ProblemList } from '../../core/problems';
import type { OpenProblem, OpenResult } from './open-types';

/** Problems kept for the page (it shows 100 and offers all of these as CSV); the total counts every one. */
export const OPEN_PROBLEM_CAP = 10_000;

export function openProblem(problem: Problem): OpenProblem {
	return { ...problem, text: formatProblem(problem) };
}

export function failed(problems: Problem[]): OpenResult {
	return { ok: false, problems: problems.map(openProblem), total: problems.length };
}

export function failedList(list: ProblemList): OpenResult {
	return { ok: false, problems: list.kept.map(openProblem), total: list.count };
}
