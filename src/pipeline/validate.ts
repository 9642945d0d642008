/**
 * Read and validate every input file, collecting all problems instead of stopping at the first.
 * Returns the tables when the input is clean, else the problems (file, line, column, fix).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { CsvTable } from './csv-table';
import { TABLE_SPECS, type TableName } from './input-spec';
import type { ProblemList } from './problems';
import { readCsv } from './read-csv';
import { ACTIVITY_REFERENCES } from './activity-references';
import { REFERENCES } from './references';
import { validateActivityFilesTogether, validateActivityPeriods } from './validate-activities';
import { validateReference } from './validate-references';
import { validateIndicatorDescriptions, validateIndicatorEntities, validateIndicatorFilesTogether } from './validate-indicators';
import { validateAnswersOnScale, validateCrosswalkTargets, validateFrameworkHierarchy } from './validate-rules';
import { validateUniqueKey, validateValues } from './validate-table';
import { ValidationContext, type Tables } from './validation-context';

export type ValidationResult = { ok: true; tables: Tables } | { ok: false; problems: ProblemList };

/** `files` puts a table's file elsewhere than the input folder (e.g. imported real data in a temp folder). */
export async function validateInput(inputDir: string, files: Partial<Record<TableName, string>> = {}): Promise<ValidationResult> {
	const paths = TABLE_SPECS.map((spec) => files[spec.name] ?? path.join(inputDir, spec.file));
	const tables: Tables = {};
	const context = new ValidationContext(tables, paths);
	const given = new Set<TableName>();

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
		validateValues(context, table, spec);
		validateUniqueKey(context, table, spec);
	}
	for (const reference of [...REFERENCES, ...ACTIVITY_REFERENCES]) validateReference(context, reference);
	validateFrameworkHierarchy(context);
	validateCrosswalkTargets(context);
	validateAnswersOnScale(context);
	if (!given.has('indicators')) validateIndicatorFilesTogether(context);
	validateIndicatorEntities(context);
	validateIndicatorDescriptions(context);
	validateActivityFilesTogether(context, given);
	validateActivityPeriods(context);
	if (tables.activities) for (const name of ['activity_targets', 'activity_countries'] as const) tables[name] ??= emptyTable(name);
	if (tables.indicator_values && !tables.indicator_entities) tables.indicator_entities = emptyTable('indicator_entities');

	return context.hasProblems ? { ok: false, problems: context.problems() } : { ok: true, tables };
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false
	);
}

/** An optional table that was not given, so that the outputs built from it are simply empty. */
function emptyTable(name: TableName): CsvTable {
	const spec = TABLE_SPECS.find((candidate) => candidate.name === name)!;
	return { name, file: spec.file, columns: spec.columns, rows: [], lines: new Int32Array() };
}
