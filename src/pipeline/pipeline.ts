/**
 * The data pipeline: validate the input CSVs (with the real sources of `--real` in place of the input's
 * memberships and indicators), load them into an in-memory DuckDB, score and aggregate, and write Parquet plus
 * manifest.json into the output folder atomically. Bad input is returned as problems (never a half-written
 * output); unexpected failures throw, also leaving the old output untouched.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readInputSource } from '../core/read/input-source';
import { buildOutputs, latestSubmission } from '../core/score/build-outputs';
import { buildManifest } from '../core/write/manifest';
import { describeSources } from '../core/write/manifest-sources';
import { writeOutputs } from '../core/write/write-outputs';
import { writePartitionedTables } from '../core/write/write-partitions';
import type { Manifest } from '../lib/schema';
import { inputFolder } from './input-folder';
import { nativeEngine } from './native-engine';
import { writeFolderAtomically, prepareOutput } from './output/atomic-output';
import { OutputError } from './output/output-error';
import { formatProblem } from '../core/problems';
import { publicInputName } from './public-path';
import { prepareInput, type PreparedInput } from './real-input';
import { validateInput } from './validate';

export interface PipelineOptions {
	input: string;
	out: string;
	/** Folder of real sources (../shared/data/real, or the fetch cache) to import in place of the input's. */
	real?: string;
}

export type PipelineResult =
	{ ok: true; manifest: Manifest; seconds: number; notes: string[]; warnings: string[] } | { ok: false; problems: string[]; output?: true };

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	try {
		await prepareOutput(options.out, inputsOf(options));
		return await buildFromInput(options);
	} catch (error) {
		if (error instanceof OutputError) return { ok: false, problems: [formatProblem(error.problem)], output: true };
		throw error;
	}
}

const inputsOf = ({ input, real }: PipelineOptions) => (real ? [input, real] : [input]);

async function buildFromInput({ input, out, real }: PipelineOptions): Promise<PipelineResult> {
	const started = performance.now();
	const source = await readInputSource(inputFolder(input));
	if (!source.ok) return { ok: false, problems: [formatProblem(source.problem)] };
	const prepared = await prepareInput(input, real, source);
	if (!prepared.ok) return prepared;
	try {
		const result = await buildOutput({ input, out, real }, source, prepared.input);
		return result.ok ? { ...result, seconds: (performance.now() - started) / 1000, notes: prepared.input.notes } : result;
	} finally {
		await prepared.input.cleanup();
	}
}

type Source = Extract<Awaited<ReturnType<typeof readInputSource>>, { ok: true }>;

async function buildOutput(options: PipelineOptions, source: Source, prepared: PreparedInput) {
	const { out } = options;
	const input = publicInputName(options.input);
	const validation = await validateInput(prepared.dir, prepared.files);
	if (!validation.ok) return { ok: false as const, problems: validation.problems.lines() };

	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	let outputDir = '';
	const engine = nativeEngine(connection, () => outputDir);
	try {
		const built = await buildOutputs(engine, validation.tables, source.sample);
		const hasIndicators = validation.tables.indicators !== undefined;
		const write = async (dir: string) => {
			outputDir = dir;
			const tables = await writeOutputs(engine, built);
			const partitions = await writePartitionedTables(engine, built);
			const vintage = await latestSubmission(engine);
			const sources = await describeSources(engine, { input, source, imported: prepared.imported, regenerated: prepared.regenerated, hasIndicators });
			const manifest = await buildManifest({ input, sample: source.sample, vintage, tables, sources, partitions });
			await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
			return manifest;
		};
		const manifest = await writeFolderAtomically(out, write, { inputs: inputsOf(options) });
		return { ok: true as const, manifest, warnings: validation.warnings };
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
