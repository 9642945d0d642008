/** Test helper: generate a sample into a fresh temporary folder and read its tables back. */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { INPUT_FILES, type InputTable } from '../../../src/lib/schema';
import { generateSample, type SampleSummary } from '../../../src/pipeline/sample/generate';

export type Tables = Record<InputTable, Record<string, string>[]>;

export async function generateInTemp(options: { seed?: number; responses?: number } = {}) {
	const outDir = await mkdtemp(join(tmpdir(), 'sample-test-'));
	const summary: SampleSummary = await generateSample({ outDir, ...options });
	return { outDir, summary, remove: () => rm(outDir, { recursive: true, force: true }) };
}

export async function readTables(dir: string): Promise<Tables> {
	const entries = await Promise.all(
		Object.entries(INPUT_FILES).map(async ([table, { file }]) => {
			const text = await readFile(join(dir, file), 'utf8');
			return [table, parse(text, { columns: true }) as Record<string, string>[]] as const;
		})
	);
	return Object.fromEntries(entries) as Tables;
}

export async function headerOf(dir: string, file: string): Promise<string[]> {
	const text = await readFile(join(dir, file), 'utf8');
	return text.slice(0, text.indexOf('\n')).split(',');
}

export const keyOf = (row: Record<string, string>, columns: readonly string[]) => columns.map((column) => row[column]).join('|');

export const setOf = (rows: readonly Record<string, string>[], columns: readonly string[]) => new Set(rows.map((row) => keyOf(row, columns)));
