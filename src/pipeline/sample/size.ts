/**
 * The size of the sample. By default each format has its own realistic number of questions (20–60). Asked for
 * about N responses, every format's question count is scaled by the same factor, so that
 * sum(questions × submitted reports) ≈ N; parties and reports stay the same whatever the size.
 */

export const DEFAULT_QUESTION_COUNTS: Readonly<Record<string, number>> = {
	'cbd-3nr': 60,
	'cbd-4nr': 54,
	'cites-2003-2004': 26,
	'cites-2005-2006': 28,
	'cites-2007-2008': 30,
	'cites-2009-2010': 30,
	'cms-cop8': 30,
	'cms-cop9': 34,
	'cms-cop10': 36,
	'ramsar-cop9': 50,
	'ramsar-cop10': 54,
	'ramsar-cop11': 56,
	'whc-pr1': 30,
	'whc-pr2': 34
};

/**
 * Questions per cycle so that the responses come close to `targetResponses` (undefined = the default size).
 * Every format keeps at least one question, so the smallest sample has one response per submitted report.
 */
export function questionCounts(submittedPerCycle: ReadonlyMap<string, number>, targetResponses?: number): Map<string, number> {
	const cycles = [...submittedPerCycle.keys()];
	if (targetResponses === undefined) return new Map(cycles.map((id) => [id, DEFAULT_QUESTION_COUNTS[id]]));

	const submitted = (id: string) => submittedPerCycle.get(id) ?? 0;
	const defaultTotal = cycles.reduce((sum, id) => sum + DEFAULT_QUESTION_COUNTS[id] * submitted(id), 0);
	const ideal = new Map(cycles.map((id) => [id, (DEFAULT_QUESTION_COUNTS[id] * targetResponses) / defaultTotal]));
	const counts = new Map(cycles.map((id) => [id, Math.max(1, Math.floor(ideal.get(id)!))]));

	// Hand out the remainders, largest first, while an extra question brings the total closer to the target.
	let total = cycles.reduce((sum, id) => sum + counts.get(id)! * submitted(id), 0);
	const byRemainder = [...cycles].sort((a, b) => ideal.get(b)! - counts.get(b)! - (ideal.get(a)! - counts.get(a)!));
	for (const id of byRemainder) {
		if (Math.abs(total + submitted(id) - targetResponses) < Math.abs(total - targetResponses)) {
			counts.set(id, counts.get(id)! + 1);
			total += submitted(id);
		}
	}
	return counts;
}
