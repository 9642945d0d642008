/**
 * What an input folder covers — its countries, conventions and targets — so that real data imported beside
 * it can be narrowed to them: a fixture with four countries and two conventions takes only their memberships
 * and values, and only the indicators of its targets. What is left out is counted, never dropped unseen.
 */
import path from 'node:path';
import type { ImportedData } from './importers/import-folder';
import { INDICATORS } from '../lib/indicators/known';
import { TABLE_SPECS, type TableName } from '../core/contract/input-spec';
import { readCsv } from './read-csv';

export interface InputScope {
	countries: ReadonlySet<string> | null;
	conventions: ReadonlySet<string> | null;
	targets: ReadonlySet<string> | null;
}

export const WHOLE_REFERENCE: InputScope = { countries: null, conventions: null, targets: null };

/** The input's reference tables; a table that cannot be read narrows nothing (validation then says why). */
export async function readInputScope(input: string): Promise<InputScope> {
	const [countries, conventions, framework] = await Promise.all(
		(['countries', 'conventions', 'framework'] as TableName[]).map((name) => readColumns(input, name))
	);
	return {
		countries: countries && new Set(countries.map(([iso3]) => iso3)),
		conventions: conventions && new Set(conventions.map(([id]) => id)),
		targets: framework && new Set(framework.filter(([, level]) => level === 'target').map(([id]) => id))
	};
}

async function readColumns(input: string, name: TableName): Promise<string[][] | null> {
	const spec = TABLE_SPECS.find((candidate) => candidate.name === name)!;
	const read = await readCsv(spec, path.join(input, spec.file));
	return read.ok ? read.table.rows : null;
}

const within = (set: ReadonlySet<string> | null, value: string) => set === null || set.has(value);

export function keepInScope(data: ImportedData, scope: InputScope): { data: ImportedData; notes: string[] } {
	const aggregates = new Set(data.entities.map((entity) => entity.code));
	const informing = new Set<string>(
		INDICATORS.filter((spec) => (spec.targets as readonly string[]).some((target) => within(scope.targets, target))).map((spec) => spec.indicator_id)
	);
	const values = data.values.filter((row) => informing.has(row.indicator_id) && (aggregates.has(row.iso3) || within(scope.countries, row.iso3)));
	const parties = data.parties?.filter((row) => within(scope.countries, row.iso3) && within(scope.conventions, row.convention_id)) ?? null;

	const notes: string[] = [];
	const droppedParties = (data.parties?.length ?? 0) - (parties?.length ?? 0);
	if (droppedParties > 0) notes.push(`${droppedParties} real memberships of countries or conventions the input does not list were left out`);
	const uninformed = INDICATORS.filter((spec) => !informing.has(spec.indicator_id)).map((spec) => spec.indicator_id);
	if (uninformed.length > 0) notes.push(`indicators of targets the input's framework lacks were left out: ${uninformed.join(', ')}`);
	const droppedValues = data.values.length - values.length;
	if (droppedValues > 0) notes.push(`${droppedValues} real indicator values of those indicators or of countries the input does not list were left out`);
	return { data: { ...data, values, parties }, notes };
}
