/**
 * `--real DIR`: import the real sources of DIR (indicators, memberships) into a temporary folder and put
 * them in place of the input's own files. Real memberships replace the input's parties.csv; when the input
 * is the generated sample, the sample is generated again on them (same seed and size) so that the reports
 * it expects come from real parties only. Real input is narrowed to what it covers (input-scope.ts).
 */
import { access, mkdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importFolder, type ImportedData } from './importers/import-folder';
import { outputFiles } from './importers/write-outputs';
import { INDICATOR_INPUT_FILES, type IndicatorTable } from '../core/contract/indicator-contract';
import type { InputSource, SampleMarker } from '../core/read/input-source';
import { keepInScope, readInputScope, WHOLE_REFERENCE } from './input-scope';
import type { TableName } from '../core/contract/input-spec';
import { formatProblem } from '../core/problems';
import type { ConventionId } from './reference/conventions';
import { defaultSizeResponses, generateSample } from './sample/generate';

export interface PreparedInput {
	/** The folder to validate: the input, or the sample generated again on the real memberships. */
	dir: string;
	/** Tables read from elsewhere than `dir`. */
	files: Partial<Record<TableName, string>>;
	/** What came from the real folder; null without --real. */
	imported: ImportedData | null;
	/** Whether the sample was generated again on the real memberships. */
	regenerated: boolean;
	notes: string[];
	cleanup(): Promise<void>;
}

export type Prepared = { ok: true; input: PreparedInput } | { ok: false; problems: string[] };

export async function prepareInput(input: string, real: string | undefined, source: Extract<InputSource, { ok: true }>): Promise<Prepared> {
	const asGiven: PreparedInput = { dir: input, files: {}, imported: null, regenerated: false, notes: [], cleanup: async () => {} };
	if (!real) return { ok: true, input: asGiven };

	const imported = await importFolder(real);
	if (!imported.ok) return { ok: false, problems: imported.problems.map(formatProblem) };
	const temp = await mkdtemp(path.join(os.tmpdir(), 'pipeline-real-'));
	const cleanup = () => rm(temp, { recursive: true, force: true });
	try {
		const regenerate = source.marker !== null && imported.data.parties !== null;
		const scope = regenerate ? WHOLE_REFERENCE : await readInputScope(input);
		const { data, notes } = keepInScope(imported.data, scope);
		const importDir = path.join(temp, 'imported');
		const keepTarget = (target: string) => scope.targets === null || scope.targets.has(target);
		await writeFiles(importDir, outputFiles(data, new Date(), keepTarget));

		const files: PreparedInput['files'] = {};
		let dir = input;
		if (regenerate) {
			dir = path.join(temp, 'sample');
			await generateSample({ outDir: dir, ...sampleSize(source.marker!), parties: data.parties!.map(asParty) });
			notes.push(`the sample (seed ${source.marker!.seed}) was generated again on the real memberships`);
			for (const table of Object.keys(INDICATOR_INPUT_FILES) as IndicatorTable[]) {
				const own = path.join(input, INDICATOR_INPUT_FILES[table].file);
				if (await exists(own)) files[table] = own;
			}
		} else if (data.parties) {
			files.parties = path.join(importDir, 'parties.csv');
		}
		if (data.sources.some((read) => read.spec.output === 'indicator_values')) {
			for (const table of Object.keys(INDICATOR_INPUT_FILES) as IndicatorTable[]) files[table] = path.join(importDir, INDICATOR_INPUT_FILES[table].file);
		}
		return { ok: true, input: { dir, files, imported: data, regenerated: regenerate, notes, cleanup } };
	} catch (error) {
		await cleanup();
		throw error;
	}
}

/** Same size as the given sample: the default size when it has the default's response count. */
function sampleSize({ seed, responses }: SampleMarker): { seed: number; responses?: number } {
	if (responses === undefined || responses === defaultSizeResponses(seed)) return { seed };
	return { seed, responses };
}

const asParty = (row: { convention_id: string; iso3: string; joined: string }) => ({ ...row, convention_id: row.convention_id as ConventionId });

async function writeFiles(dir: string, files: Map<string, string>): Promise<void> {
	await mkdir(dir, { recursive: true });
	for (const [name, content] of files) await writeFile(path.join(dir, name), content);
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false
	);
}
