/**
 * manifest.json, read once and checked: every reader (the browser, Node, the build) gets a Manifest whose
 * fields have the types the schema says, or an error naming the file, the field and what to do.
 */
import type { Manifest } from '../schema';

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const orNull =
	(check: Check): Check =>
	(value) =>
		value === null || check(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TOP: Record<string, [Check, string]> = {
	built_at: [isString, 'a date-time string'],
	sample: [(value) => typeof value === 'boolean', 'true or false'],
	notice: [orNull(isString), 'a string or null'],
	input: [isString, 'a string'],
	vintage: [orNull(isString), 'a date string or null'],
	as_of: [orNull(isString), 'a date string or null']
};

const TABLE: Record<string, [Check, string]> = {
	file: [isString, 'a file name'],
	rows: [isNumber, 'a number'],
	bytes: [isNumber, 'a number'],
	sha256: [isString, 'a hex string'],
	columns: [(value) => Array.isArray(value) && value.every(isString), 'a list of column names']
};

/** What is wrong with `value` as a manifest, one line per problem (empty: nothing). */
export function manifestProblems(value: unknown): string[] {
	if (!isObject(value)) return ['the file is not a JSON object'];
	const problems: string[] = [];
	const field = (object: Record<string, unknown>, name: string, rule: [Check, string], where: string) =>
		problems.push(...fieldProblem(object, name, rule, where));
	for (const [name, rule] of Object.entries(TOP)) field(value, name, rule, '');
	const sources = value.sources;
	if (!Array.isArray(sources)) problems.push('sources: expected a list');
	else
		sources.forEach((source, i) => {
			if (!isObject(source) || !isString(source.name) || (source.kind !== 'sample' && source.kind !== 'real'))
				problems.push(`sources[${i}]: expected { name, kind: "sample" | "real" }`);
		});
	if (!isObject(value.tables)) problems.push('tables: expected an object of tables');
	else
		for (const [table, entry] of Object.entries(value.tables)) {
			if (!isObject(entry)) problems.push(`tables.${table}: expected an object`);
			else for (const [name, rule] of Object.entries(TABLE)) field(entry, name, rule, `tables.${table}.`);
		}
	if (value.partitions !== undefined) problems.push(...partitionProblems(value.partitions));
	return problems;
}

const PART: Record<string, [Check, string]> = { file: TABLE.file, rows: TABLE.rows, bytes: TABLE.bytes, sha256: TABLE.sha256 };

/** `partitions` (optional): per table, the column that splits it and each part's file, rows, bytes and checksum. */
function partitionProblems(partitions: unknown): string[] {
	if (!isObject(partitions)) return ['partitions: expected an object of partitioned tables'];
	const problems: string[] = [];
	for (const [table, entry] of Object.entries(partitions)) {
		if (!isObject(entry) || !isString(entry.column) || !isObject(entry.parts)) {
			problems.push(`partitions.${table}: expected { column, parts }`);
			continue;
		}
		for (const [key, part] of Object.entries(entry.parts)) {
			if (!isObject(part)) problems.push(`partitions.${table}.parts.${key}: expected an object`);
			else for (const [name, rule] of Object.entries(PART)) problems.push(...fieldProblem(part, name, rule, `partitions.${table}.parts.${key}.`));
		}
	}
	return problems;
}

function fieldProblem(object: Record<string, unknown>, name: string, [check, expected]: [Check, string], where: string): string[] {
	return check(object[name]) ? [] : [`${where}${name}: expected ${expected}, found ${JSON.stringify(object[name]) ?? 'nothing'}`];
}

/** `value` as a Manifest, or an error that names `source` and every problem. */
export function parseManifest(value: unknown, source: string): Manifest {
	const problems = manifestProblems(value);
	if (problems.length > 0)
		throw new Error(`${source} is not a valid manifest:\n  ${problems.join('\n  ')}\nRebuild the data with \`npm run data\` (it writes the manifest).`);
	return value as Manifest;
}
