/**
 * The template's README: every file and column of the contract, with what each value must be, generated from the
 * contract itself (input-spec's columns and checks, the references between files, the closed vocabularies), so
 * it can never drift from what `npm run data` and /open/ check.
 */
import { ACTIVITY_STATUSES, AGENCY_KINDS } from '../../core/contract/activity-contract';
import { ACTIVITY_REFERENCES } from '../../core/validate/activity-references';
import { PLAUSIBLE_YEARS, type FieldCheck } from '../../core/validate/field-checks';
import { SOURCE_KINDS } from '../../core/contract/indicator-contract';
import { AGGREGATE_KINDS } from '../indicators/entities';
import { TABLE_SPECS, type TableSpec } from '../../core/contract/input-spec';
import { REFERENCES } from '../../core/validate/references';
import { LEVELS } from '../schema';

const years = `${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}`;
const CHECK_WORDS: Record<FieldCheck, string> = {
	required: 'required',
	lower_id: 'an id in lower case, without spaces',
	iso3: 'an ISO 3166-1 alpha-3 code in upper case, e.g. KEN',
	date: `a date written YYYY-MM-DD, years ${years}`,
	year: `a year of four digits, ${years}`,
	score: 'a number from 0 to 1; empty = not applicable',
	level: `one of ${LEVELS.join(', ')}`,
	number: 'a plain number, e.g. 12.5',
	entity_kind: `one of ${AGGREGATE_KINDS.join(', ')}`,
	source_kind: `one of ${SOURCE_KINDS.join(', ')} (empty: the input's own kind)`,
	http_url: 'a full http(s) address, or empty',
	agency_kind: `one of ${AGENCY_KINDS.join(', ')}`,
	activity_status: `one of ${ACTIVITY_STATUSES.join(', ')}`
};

export function templateReadme(folder: string): string {
	return [
		`# ${folder}: your data for the 2010 biodiversity target dashboard`,
		'',
		'Each CSV file here is one table of the data contract, with its header and one example row (framework.csv has',
		'three: a target sits under a goal, and a goal under a focal area). Replace the example rows with your own.',
		'',
		'1. Open each file in Excel, LibreOffice or a text editor and fill in your rows under the header.',
		'2. Save each one under the same name as "CSV UTF-8 (comma delimited)" (LibreOffice: character set "Unicode (UTF-8)").',
		'3. On the dashboard, open "Open your data" and choose the files (or this folder zipped). Nothing leaves your browser.',
		'',
		'Any mistake is listed with its file, line, column and how to fix it, exactly as `npm run data` lists it.',
		'Columns not listed here are ignored. Optional files may be deleted.',
		'',
		...TABLE_SPECS.flatMap(fileSection)
	].join('\n');
}

function fileSection(spec: TableSpec): string[] {
	const kind = spec.optional ? 'optional file' : 'required file';
	const key = spec.key.length > 0 ? `Each row is one ${spec.key.join(' × ')}: no two rows may have the same.` : '';
	return [
		`## ${spec.file} (${kind})`,
		'',
		...(key ? [key, ''] : []),
		'| column | value |',
		'|---|---|',
		...spec.columns.map((column) => `| ${column} | ${columnWords(spec, column)} |`),
		''
	];
}

function columnWords(spec: TableSpec, column: string): string {
	const checks = spec.checks[column] ?? [];
	const words = checks.map((check) => CHECK_WORDS[check]);
	if (!checks.includes('required')) words.unshift(spec.optionalColumns?.includes(column) ? 'optional column, may be left out' : 'may be empty');
	for (const reference of [...REFERENCES, ...ACTIVITY_REFERENCES]) {
		if (reference.from === spec.name && reference.column === column) {
			const target = TABLE_SPECS.find((candidate) => candidate.name === reference.to)!;
			words.push(`must be in ${target.file} (${reference.toColumns.join(', ')})`);
		}
	}
	return words.length > 0 ? words.join('; ') : 'text';
}
