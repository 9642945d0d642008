/**
 * Rule 5 (classes) and rule 3 (outcomes that are not a score): the thresholds, the class of a score, and
 * the same rule as SQL text. Host-agnostic: no engine, no Node or browser API.
 */

/** The four classes of a score, lowest first, with their lower bound. */
export const CLASS_THRESHOLDS = [
	{ status: 'not_started', min: 0 },
	{ status: 'early', min: 0.25 },
	{ status: 'in_progress', min: 0.5 },
	{ status: 'advanced', min: 0.75 }
] as const;

export type ScoreClass = (typeof CLASS_THRESHOLDS)[number]['status'];
export const SCORE_CLASSES: readonly ScoreClass[] = CLASS_THRESHOLDS.map((c) => c.status);

/**
 * Values of a status column: the four classes, `no_data` (the format asks, no scored answer) and
 * `not_covered` (the cycle's format maps no question to the element).
 */
export const STATUS_CLASSES = [...SCORE_CLASSES, 'no_data', 'not_covered'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** What shares and means count: the classes and no data. Not covered is left out of them (and said so). */
export const SHARE_CLASSES = [...SCORE_CLASSES, 'no_data'] as const satisfies readonly StatusClass[];
export type ShareClass = (typeof SHARE_CLASSES)[number];

/** Outcomes of a report rather than of a score: expected and missing, or the country is not a party. */
export const REPORT_OUTCOMES = ['not_reported', 'not_party'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** Every outcome a cell can show, in legend order. */
export const OUTCOMES = [...STATUS_CLASSES, ...REPORT_OUTCOMES] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** "Progressing" in summaries: in progress or advanced. */
export const PROGRESSING_FROM = CLASS_THRESHOLDS[2].min;

export const isScoreClass = (status: string): status is ScoreClass => (SCORE_CLASSES as readonly string[]).includes(status);

/**
 * The class of a score; without one, `not_covered` when the format asks nothing on the element
 * (`nQuestions` = 0), else `no_data`. `nQuestions` unknown (undefined/null) counts as asked.
 */
export function classify(score: number | null | undefined, nQuestions?: number | null): StatusClass {
	if (score === null || score === undefined || Number.isNaN(score)) return nQuestions === 0 ? 'not_covered' : 'no_data';
	let status: ScoreClass = 'not_started';
	for (const threshold of CLASS_THRESHOLDS) if (score >= threshold.min) status = threshold.status;
	return status;
}

/** The same rule as a SQL CASE expression over a score column and, optionally, a question count. */
export function classifySql(score: string, nQuestions?: string): string {
	const none = nQuestions ? `CASE WHEN ${nQuestions} = 0 THEN 'not_covered' ELSE 'no_data' END` : `'no_data'`;
	const steps = [...CLASS_THRESHOLDS]
		.slice(1)
		.map((threshold, i) => `WHEN ${score} < ${threshold.min} THEN '${CLASS_THRESHOLDS[i].status}'`)
		.join(' ');
	return `CASE WHEN ${score} IS NULL THEN ${none} ${steps} ELSE '${CLASS_THRESHOLDS[CLASS_THRESHOLDS.length - 1].status}' END`;
}
