/**
 * Import every known source present in a folder: read, check and convert each, then merge what they give
 * into the contract's tables. Returns the tables, or all problems found; writes nothing.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../core/problems';
import { CONVENTION_IDS } from '../reference/conventions';
import { INDICATORS } from '../../lib/indicators/known';
import { readSourceFile } from './read-source';
import { NOT_IMPORTED, SOURCES, type SourceSpec } from './sources';
import type { Aggregate, ImportResult, IndicatorValue, PartyRow } from './types';

export interface SourceRead {
	spec: SourceSpec;
	/** The file as the user would type it, e.g. `../shared/data/real/red_list_index_owid.csv`. */
	path: string;
	sha256: string;
	bytes: number;
	records: number;
	emptyValues: number;
	rows: number;
}

export interface ImportedData {
	values: IndicatorValue[];
	entities: Aggregate[];
	/** null when the membership source is not in the folder. */
	parties: PartyRow[] | null;
	sources: SourceRead[];
	/** CSV files in the folder that no importer reads, with the reason. */
	skipped: { file: string; reason: string }[];
}

export type FolderImport = { ok: true; data: ImportedData } | { ok: false; problems: Problem[] };

export async function importFolder(dir: string): Promise<FolderImport> {
	const names = await readdir(dir).catch(() => null);
	if (names === null)
		return { ok: false, problems: [{ file: dir, message: 'folder not found', fix: 'give the folder of source CSVs, e.g. --from ../shared/data/real' }] };
	const present = SOURCES.filter((spec) => names.includes(spec.file));
	if (present.length === 0)
		return {
			ok: false,
			problems: [{ file: dir, message: 'none of the known source files is in the folder', fix: `add one of ${SOURCES.map((s) => s.file).join(', ')}` }]
		};

	const problems: Problem[] = [];
	const reads: { spec: SourceSpec; read: SourceRead; result: ImportResult<IndicatorValue | PartyRow> }[] = [];
	for (const spec of present) {
		const file = path.join(dir, spec.file);
		const source = await readSourceFile(file);
		if (!source.ok) {
			problems.push(source.problem);
			continue;
		}
		const result = runImporter(spec, source.text, file);
		problems.push(...result.problems);
		const read = {
			spec,
			path: file,
			sha256: source.sha256,
			bytes: source.bytes,
			records: result.records,
			emptyValues: result.emptyValues,
			rows: result.rows.length
		};
		reads.push({ spec, read, result });
	}
	if (problems.length > 0) return { ok: false, problems };

	const byOutput = (output: SourceSpec['output']) => reads.filter((entry) => entry.spec.output === output).flatMap((entry) => entry.result.rows);
	const partiesPresent = present.some((spec) => spec.output === 'parties');
	return {
		ok: true,
		data: {
			values: sortValues(byOutput('indicator_values') as IndicatorValue[]),
			entities: mergeEntities(reads.flatMap((entry) => entry.result.aggregates)),
			parties: partiesPresent ? sortParties(byOutput('parties') as PartyRow[]) : null,
			sources: reads.map((entry) => entry.read),
			skipped: names
				.filter((name) => name.endsWith('.csv') && !present.some((spec) => spec.file === name))
				.map((file) => ({ file, reason: NOT_IMPORTED[file] ?? 'no importer reads this file' }))
		}
	};
}

function runImporter(spec: SourceSpec, text: string, file: string): ImportResult<IndicatorValue | PartyRow> {
	return spec.output === 'parties' ? spec.importer(text, { file }) : spec.importer(text, { file });
}

/** By code point, not locale, so the output is the same on every machine. */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const INDICATOR_ORDER = new Map<string, number>(INDICATORS.map((spec, i) => [spec.indicator_id, i]));
const CONVENTION_ORDER = new Map<string, number>(CONVENTION_IDS.map((id, i) => [id, i]));

function sortValues(values: IndicatorValue[]): IndicatorValue[] {
	return values.sort((a, b) => INDICATOR_ORDER.get(a.indicator_id)! - INDICATOR_ORDER.get(b.indicator_id)! || compareCodes(a.iso3, b.iso3) || a.year - b.year);
}

function sortParties(parties: PartyRow[]): PartyRow[] {
	return parties.sort((a, b) => CONVENTION_ORDER.get(a.convention_id)! - CONVENTION_ORDER.get(b.convention_id)! || compareCodes(a.iso3, b.iso3));
}

/** One row per code; the first source to name an aggregate names it. */
function mergeEntities(aggregates: Aggregate[]): Aggregate[] {
	const byCode = new Map<string, Aggregate>();
	for (const aggregate of aggregates) if (!byCode.has(aggregate.code)) byCode.set(aggregate.code, aggregate);
	return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}
