/**
 * The data contract in one place (DESIGN.md §3): input files and their columns, output tables,
 * status classes and the thresholds of the scoring rule. Used by the pipeline and the app.
 */

/** Input CSV files of the contract and their required columns (unknown columns are ignored). */
export const INPUT_FILES = {
	conventions: { file: 'conventions.csv', columns: ['convention_id', 'name', 'short_name'] },
	framework: { file: 'framework.csv', columns: ['element_id', 'level', 'parent_id', 'code', 'title'] },
	countries: { file: 'countries.csv', columns: ['iso3', 'name', 'region', 'subregion'] },
	parties: { file: 'parties.csv', columns: ['convention_id', 'iso3', 'joined'] },
	cycles: { file: 'cycles.csv', columns: ['convention_id', 'cycle_id', 'label', 'year', 'due'] },
	reports: { file: 'reports.csv', columns: ['convention_id', 'cycle_id', 'iso3', 'submitted'] },
	scales: { file: 'scales.csv', columns: ['scale_id', 'answer', 'label', 'score'] },
	questions: { file: 'questions.csv', columns: ['convention_id', 'cycle_id', 'question_id', 'scale_id', 'text'] },
	crosswalk: { file: 'crosswalk.csv', columns: ['convention_id', 'question_id', 'element_id'] },
	responses: { file: 'responses.csv', columns: ['convention_id', 'cycle_id', 'iso3', 'question_id', 'answer'] }
} as const;

/** Optional columns of input files: read as empty when the header lacks them. `url` links the report document. */
export const OPTIONAL_COLUMNS: Partial<Record<keyof typeof INPUT_FILES, readonly string[]>> = { reports: ['url'] };

/** Optional input files: read when present, never required. */
export const OPTIONAL_INPUT_FILES = {
	indicators: { file: 'indicators.csv', columns: ['indicator_id', 'name', 'unit', 'element_id', 'source'] },
	indicator_values: { file: 'indicator_values.csv', columns: ['indicator_id', 'iso3', 'year', 'value'] },
	/** The task force's agencies and their activities: see src/core/contract/activity-contract.ts. */
	agencies: { file: 'agencies.csv', columns: ['agency_id', 'name', 'kind'] },
	activities: { file: 'activities.csv', columns: ['activity_id', 'agency_id', 'title', 'start', 'end', 'status', 'developments', 'obstacles'] },
	activity_targets: { file: 'activity_targets.csv', columns: ['activity_id', 'element_id'] },
	activity_countries: { file: 'activity_countries.csv', columns: ['activity_id', 'iso3'] }
} as const;

export type InputTable = keyof typeof INPUT_FILES;

export const LEVELS = ['focal_area', 'goal', 'target'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Output tables written by the pipeline to `static/data/<name>.parquet` and listed in manifest.json.
 * Dates are ISO `YYYY-MM-DD` strings; integers are INTEGER (int32), scores DOUBLE.
 */
export const OUTPUT_TABLES = {
	conventions: ['convention_id', 'name', 'short_name'],
	/** `sort` is the element's position in the framework (focal area, goal, target order). */
	framework: ['element_id', 'level', 'parent_id', 'code', 'title', 'sort'],
	countries: ['iso3', 'name', 'region', 'subregion'],
	parties: ['convention_id', 'iso3', 'joined'],
	cycles: ['convention_id', 'cycle_id', 'label', 'year', 'due'],
	/** `url`: the report document (http or https), NULL when the input gives none. */
	reports: ['convention_id', 'cycle_id', 'iso3', 'submitted', 'url'],
	scales: ['scale_id', 'answer', 'label', 'score'],
	questions: ['convention_id', 'cycle_id', 'question_id', 'scale_id', 'text'],
	crosswalk: ['convention_id', 'question_id', 'element_id'],
	/** One row per submitted report × target; score NULL and status 'no_data' when nothing scored, 'not_covered' when n_questions = 0. */
	status: ['convention_id', 'cycle_id', 'year', 'iso3', 'element_id', 'score', 'n_scored', 'n_questions', 'status'],
	/** One row per response × target it maps to (a response to an unmapped question appears once with element_id NULL). score NULL = not applicable. */
	responses: ['convention_id', 'cycle_id', 'iso3', 'question_id', 'element_id', 'answer', 'score'],
	/** Countries that gave each answer to each question, per country region (NULL = no region); sum over regions = all countries. */
	answer_counts: ['convention_id', 'cycle_id', 'question_id', 'answer', 'region', 'n_countries'],
	/** Convention-level status of every framework element per cycle (rule 4 roll-ups); n_questions = 0: not covered. */
	element_status: ['convention_id', 'cycle_id', 'year', 'element_id', 'level', 'score', 'n_countries', 'n_questions', 'status'],
	/** Reporting rate per convention and cycle (rule 5). */
	reporting: ['convention_id', 'cycle_id', 'label', 'year', 'expected', 'submitted', 'rate']
} as const;

export type OutputTable = keyof typeof OUTPUT_TABLES;

/** Written only when the input has indicator files: see INDICATOR_OUTPUT_TABLES in src/core/contract/indicator-contract.ts. */

/** The scoring rule (classes, thresholds, outcomes) lives in src/lib/scoring; re-exported for the contract's readers. */
export { CLASS_THRESHOLDS, classify, classifySql, OUTCOMES, SCORE_CLASSES, SHARE_CLASSES, STATUS_CLASSES } from './scoring/classes';
export type { Outcome, ScoreClass, StatusClass } from './scoring/classes';

/** manifest.json written beside the Parquet files. */
export interface Manifest {
	built_at: string;
	sample: boolean;
	notice: string | null;
	input: string;
	sources: { name: string; kind: 'sample' | 'real'; citation?: string; licence?: string }[];
	/** Latest date any report was submitted: the data vintage. */
	vintage: string | null;
	/** The data's date (rule 7): stated by the input, else the vintage. Read it with asOfDate (src/lib/scoring/as-of.ts). */
	as_of: string | null;
	tables: Record<string, { file: string; rows: number; bytes: number; sha256: string; columns: string[] }>;
	/**
	 * Tables also written in parts, one file per value of a column (the pipeline writes `responses` per country, as
	 * `responses/<ISO3>.parquet`, for the evidence dialog): a part holds the table's rows with that value, the same
	 * columns; values with no rows have no part. Absent in opened data (only the whole tables are there).
	 */
	partitions?: Record<string, Partitioned>;
}

/** A table's parts: the column that splits it, and each value's file. */
export interface Partitioned {
	column: string;
	parts: Record<string, { file: string; rows: number; bytes: number; sha256: string }>;
}

/** Output tables the Node pipeline also writes in parts, and the column that splits them. */
export const PARTITIONED_TABLES = { responses: 'iso3' } as const;

export const SAMPLE_NOTICE = 'Illustrative data, not real national reports.';
