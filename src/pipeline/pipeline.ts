/**
 * The data pipeline: validate the input CSVs, load them into an in-memory DuckDB, score and aggregate,
 * and write Parquet plus manifest.json into the output folder atomically. Bad input is returned as
 * problems (never a half-written output); unexpected failures throw, also leaving the old output untouched.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../lib/schema';
import { writeFolderAtomically } from './atomic-output';
import { readInputSource } from './input-source';
import { loadTables } from './load-tables';
import { buildManifest } from './manifest';
import { formatProblem } from './problems';
import { OUTPUT_QUERIES } from './sql';
import { validateInput } from './validate';
import type { Tables } from './validation-context';
import { buildAndWriteTable, type WrittenTable } from './write-parquet';

export interface PipelineOptions {
	input: string;
	out: string;
}

export type PipelineResult =
	| { ok: true; manifest: Manifest; seconds: number }
	| { ok: false; problems: string[] };

export async function runPipeline({ input, out }: PipelineOptions): Promise<PipelineResult> {
	const started = performance.now();
	const [source, validation] = await Promise.all([readInputSource(input), validateInput(input)]);
	if (!source.ok || !validation.ok) {
		const problems = [...(source.ok ? [] : [formatProblem(source.problem)]), ...(validation.ok ? [] : validation.problems.lines())];
		return { ok: false, problems };
	}

	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await loadTables(connection, validation.tables);
		const manifest = await writeFolderAtomically(out, async (dir) => {
			const tables = await writeTables(connection, validation.tables, dir);
			const vintage = await latestSubmission(connection);
			const manifest = await buildManifest({ input, sample: source.sample, vintage, tables });
			await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
			return manifest;
		});
		return { ok: true, manifest, seconds: (performance.now() - started) / 1000 };
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
