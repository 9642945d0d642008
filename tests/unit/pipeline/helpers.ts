/** Shared helpers of the pipeline tests: temp copies of the tiny fixture, folder hashes, Parquet read-back. */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stagingOf } from '../../../src/pipeline/output/staging';

export const TINY = path.resolve('tests/fixtures/tiny');

export async function makeTempDir(prefix = 'pipeline-test-'): Promise<string> {
	return mkdtemp(path.join(tmpdir(), prefix));
}

/** A fresh copy of the tiny fixture, to break one thing in. */
export async function copyTiny(): Promise<string> {
	const dir = path.join(await makeTempDir(), 'input');
	await cp(TINY, dir, { recursive: true });
	return dir;
}

export async function removeDir(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
}

/** Rewrite one input file's text. */
export async function editFile(dir: string, file: string, edit: (text: string) => string): Promise<void> {
	const target = path.join(dir, file);
	await writeFile(target, edit(await readFile(target, 'utf8')));
}

/** Replace the text of one line (1-based) of a file. */
export function replaceLine(line: number, replacement: string): (text: string) => string {
	return (text) => {
		const lines = text.split('\n');
		lines[line - 1] = replacement;
		return lines.join('\n');
	};
}

export const appendLines =
	(...lines: string[]) =>
	(text: string) =>
		text + lines.join('\n') + '\n';

/** sha256 of every file under a folder, by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
	const hashes: Record<string, string> = {};
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		hashes[path.relative(dir, file)] = createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
	}
	return hashes;
}

/** The pipeline's temporary or set-aside folders of this output, beside it or in its staging place. */
export async function leftovers(outDir: string): Promise<string[]> {
	const { dir, key } = await stagingOf(outDir);
	const named = (base: string) => (name: string) => name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.old-`);
	const siblings = (await readdir(path.dirname(outDir))).filter(named(path.basename(outDir)));
	const staged = (await readdir(dir).catch(() => [] as string[])).filter(named(key));
	return [...siblings, ...staged];
}

export type Row = Record<string, unknown>;

/** Rows of a Parquet file, read back with native DuckDB (INTEGER → number, NULL → null). */
export async function readParquet(file: string): Promise<Row[]> {
	return queryParquet(`SELECT * FROM read_parquet(${sqlString(file)})`);
}

/** Physical and logical type of each column of a Parquet file. */
export async function parquetColumnTypes(file: string): Promise<Row[]> {
	return queryParquet(`SELECT name, type, logical_type FROM parquet_schema(${sqlString(file)}) WHERE num_children IS NULL OR num_children = 0`);
}

async function queryParquet(sql: string): Promise<Row[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}
