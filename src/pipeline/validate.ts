/**
 * Read and validate every input file, collecting all problems instead of stopping at the first.
 * Returns the tables when the input is clean, else the problems (file, line, column, fix).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_SPECS } from './input-spec';
import type { ProblemList } from './problems';
import { readCsv } from './read-csv';
import { REFERENCES } from './references';
import { validateReference } from './validate-references';
import { validateAnswersOnScale, validateCrosswalkTargets, validateFrameworkHierarchy } from './validate-rules';
import { validateUniqueKey, validateValues } from './validate-table';
import { ValidationContext, type Tables } from './validation-context';

export type ValidationResult = { ok: true; tables: Tables } | { ok: false; problems: ProblemList };

export async function validateInput(inputDir: string): Promise<ValidationResult> {
	const files = TABLE_SPECS.map((spec) => path.join(inputDir, spec.file));
	const tables: Tables = {};
	const context = new ValidationContext(tables, files);

	for (const [i, spec] of TABLE_SPECS.entries()) {
		if (spec.optional && !(await exists(files[i]))) continue;
		const result = await readCsv(spec, files[i]);
		result.problems.forEach((problem) => context.add(problem));
		if (result.ok) tables[spec.name] = result.table;
	}

	for (const spec of TABLE_SPECS) {
		const table = tables[spec.name];
		if (!table) continue;
		validateValues(context, table, spec);
		validateUniqueKey(context, table, spec);
	}
	for (const reference of REFERENCES) validateReference(context, reference);
	validateFrameworkHierarchy(context);
	validateCrosswalkTargets(context);
	validateAnswersOnScale(context);

	return context.hasProblems ? { ok: false, problems: context.problems() } : { ok: true, tables };
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false
	);
}
