/**
 * Read and validate every input file, collecting all problems instead of stopping at the first, whatever host
 * holds the files (read/input-files.ts). Returns the tables when the input is clean, else the problems (file,
 * line, column, fix).
 */
import type { CsvTable } from '../read/csv-table';
import { TABLE_SPECS, type TableName } from '../contract/input-spec';
import type { ProblemList } from '../problems';
import { readCsvChunks, type ReadResult } from '../read/read-csv-chunks';
import { ACTIVITY_REFERENCES } from './activity-references';
import { REFERENCES } from './references';
import { validateActivityFilesTogether, validateActivityPeriods } from './validate-activities';
import { validateReference } from './validate-references';
import { validateIndicatorDescriptions, validateIndicatorEntities, validateIndicatorFilesTogether } from './validate-indicators';
import { validateAnswersOnScale, validateCrosswalkTargets, validateFrameworkHierarchy } from './validate-rules';
import { validateUniqueKey, validateValues } from './validate-table';
import { validateCharacters } from './validate-text';
import { warnCycleYearFarFromDue, warnReportsBeforeJoining } from './validate-dates';
import { ValidationContext, type Tables } from './validation-context';
import { inputTooLarge, type InputFiles } from '../read/input-files';

export type ValidationResult = { ok: true; tables: Tables; warnings: string[] } | { ok: false; problems: ProblemList };

export interface ValidateOptions {
	/** Called as each file has been read (for a progress bar). */
	onFile?: (file: string, done: number, total: number) => void;
	/** Problems kept (the rest are counted); default: the CLI's. */
	problemCap?: number;
}

export async function validateFiles(files: InputFiles, { onFile, problemCap }: ValidateOptions = {}): Promise<ValidationResult> {
	const labels = TABLE_SPECS.map((spec) => files.label(spec.file));
	const tables: Tables = {};
	const context = new ValidationContext(tables, labels);
	const given = new Set<TableName>();
	const sizes = await Promise.all(TABLE_SPECS.map((spec) => files.size(spec.file)));
	const tooLarge = inputTooLarge(
		files.folder,
		sizes.reduce((sum, size) => sum + size, 0)
	);
	if (tooLarge) {
		context.add(tooLarge);
		return { ok: false, problems: context.problems(problemCap) };
	}

	for (const [i, spec] of TABLE_SPECS.entries()) {
		onFile?.(labels[i], i, TABLE_SPECS.length);
		if (spec.optional && !(await files.has(spec.file))) continue;
		given.add(spec.name);
		const result = await readTable(files, spec, labels[i]);
		result.problems.forEach((problem) => context.add(problem));
		if (result.ok) tables[spec.name] = result.table;
	}

	for (const spec of TABLE_SPECS) {
		const table = tables[spec.name];
		if (!table) continue;
		validateCharacters(context, table);
		validateValues(context, table, spec);
		validateUniqueKey(context, table, spec);
	}
	for (const reference of [...REFERENCES, ...ACTIVITY_REFERENCES]) validateReference(context, reference);
	validateFrameworkHierarchy(context);
	validateCrosswalkTargets(context);
	validateAnswersOnScale(context);
	warnReportsBeforeJoining(context);
	warnCycleYearFarFromDue(context);
	if (!given.has('indicators')) validateIndicatorFilesTogether(context);
	validateIndicatorEntities(context);
	validateIndicatorDescriptions(context);
	validateActivityFilesTogether(context, given);
	validateActivityPeriods(context);
	if (tables.activities) for (const name of ['activity_targets', 'activity_countries'] as const) tables[name] ??= emptyTable(name);
	if (tables.indicator_values && !tables.indicator_entities) tables.indicator_entities = emptyTable('indicator_entities');

	return context.hasProblems ? { ok: false, problems: context.problems(problemCap) } : { ok: true, tables, warnings: context.warnings.lines() };
}

async function readTable(files: InputFiles, spec: (typeof TABLE_SPECS)[number], label: string): Promise<ReadResult> {
	const opened = await files.open(spec.file);
	if (!opened.ok) return { ok: false, problems: [opened.problem] };
	try {
		return await readCsvChunks(spec, label, opened.chunks);
	} finally {
		await opened.close();
	}
}

/** An optional table that was not given, so that the outputs built from it are simply empty. */
function emptyTable(name: TableName): CsvTable {
	const spec = TABLE_SPECS.find((candidate) => candidate.name === name)!;
	return { name, file: spec.file, columns: spec.columns, rows: [], lines: new Int32Array() };
}
