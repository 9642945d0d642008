/**
 * Read and validate every input file, collecting all problems instead of stopping at the first.
 * Returns the tables when the input is clean, else the problems (file, line, column, fix).
 */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CsvTable } from './csv-table';
import { TABLE_SPECS, type TableName } from './input-spec';
import { INPUT_LIMITS, megabytes } from './input-file';
import type { ProblemList } from './problems';
import { readCsv } from './read-csv';
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

export type ValidationResult = { ok: true; tables: Tables; warnings: string[] } | { ok: false; problems: ProblemList };

/** `files` puts a table's file elsewhere than the input folder (e.g. imported real data in a temp folder). */
export async function validateInput(inputDir: string, files: Partial<Record<TableName, string>> = {}): Promise<ValidationResult> {
	const paths = TABLE_SPECS.map((spec) => files[spec.name] ?? path.join(inputDir, spec.file));
	const tables: Tables = {};
	const context = new ValidationContext(tables, paths);
	const given = new Set<TableName>();
	const total = await totalBytes(paths);
	if (total > INPUT_LIMITS.totalBytes) {
		context.add({
			file: inputDir,
			message: `the input files are ${megabytes(total)} together; the limit is ${megabytes(INPUT_LIMITS.totalBytes)}`,
			fix: 'build from a smaller input (e.g. fewer cycles or conventions at a time)'
		});
		return { ok: false, problems: context.problems() };
	}

	for (const [i, spec] of TABLE_SPECS.entries()) {
		if (spec.optional && !(await exists(paths[i]))) continue;
		given.add(spec.name);
		const result = await readCsv(spec, paths[i]);
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

	return context.hasProblems ? { ok: false, problems: context.problems() } : { ok: true, tables, warnings: context.warnings.lines() };
}

/** Present in any form (a link loop or a folder too, so that reading it says what is wrong). */
async function exists(file: string): Promise<boolean> {
	return lstat(file).then(
		() => true,
		() => false
	);
}

async function totalBytes(files: string[]): Promise<number> {
	const sizes = await Promise.all(files.map((file) => stat(file).then((info) => (info.isFile() ? info.size : 0), () => 0)));
	return sizes.reduce((sum, size) => sum + size, 0);
}

/** An optional table that was not given, so that the outputs built from it are simply empty. */
function emptyTable(name: TableName): CsvTable {
	const spec = TABLE_SPECS.find((candidate) => candidate.name === name)!;
	return { name, file: spec.file, columns: spec.columns, rows: [], lines: new Int32Array() };
}
