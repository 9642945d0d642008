/**
 * The data pipeline: validate the input CSVs (with the real sources of `--real` in place of the input's
 * memberships and indicators), load them into an in-memory DuckDB, score and aggregate, and write Parquet plus
 * manifest.json into the output folder atomically. Bad input is returned as problems (never a half-written
 * output); unexpected failures throw, also leaving the old output untouched.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../lib/schema';
import { readInputSource } from './input-source';
import { loadTables } from './load-tables';
import { buildManifest } from './manifest';
import { describeSources } from './manifest-sources';
import { writeFolderAtomically, prepareOutput } from './output/atomic-output';
import { OutputError } from './output/output-error';
import { formatProblem } from './problems';
import { publicInputName } from './public-path';
import { prepareInput, type PreparedInput } from './real-input';
import { OUTPUT_QUERIES } from './sql';
import { fillIndicatorKindSql } from './sql/indicators';
import { validateInput } from './validate';
import type { Tables } from './validation-context';
import { buildAndWriteTable, type WrittenTable } from './write-parquet';

export interface PipelineOptions {
	input: string;
	out: string;
	/** Folder of real sources (../shared/data/real, or the fetch cache) to import in place of the input's. */
	real?: string;
}

export type PipelineResult =
	| { ok: true; manifest: Manifest; seconds: number; notes: string[]; warnings: string[] }
	| { ok: false; problems: string[]; output?: true };

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
	const source = await readInputSource(input);
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
	try {
		await loadTables(connection, validation.tables);
		const hasIndicators = validation.tables.indicators !== undefined;
		if (hasIndicators) await connection.run(fillIndicatorKindSql, [source.sample ? 'sample' : 'real']);
		const write = async (dir: string) => {
			const tables = await writeTables(connection, validation.tables, dir);
			const vintage = await latestSubmission(connection);
			const sources = await describeSources(connection, { input, source, imported: prepared.imported, regenerated: prepared.regenerated, hasIndicators });
			const manifest = await buildManifest({ input, sample: source.sample, vintage, tables, sources });
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

async function writeTables(connection: DuckDBConnection, tables: Tables, dir: string): Promise<WrittenTable[]> {
	const written: WrittenTable[] = [];
	for (const query of OUTPUT_QUERIES) {
		if (query.needs && !tables[query.needs]) continue;
		written.push(await buildAndWriteTable(connection, query, dir));
	}
	return written;
}

async function latestSubmission(connection: DuckDBConnection): Promise<string | null> {
	const result = await connection.runAndReadAll('SELECT max(submitted) FROM reports');
	return (result.getRowsJS()[0][0] as string | null) ?? null;
}
