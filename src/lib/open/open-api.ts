/**
 * PLACEHOLDER until h11core's core lands (their branch replaces this file): the Parquet path only — the Parquet
 * files and manifest.json as the Download page serves them need no scoring. CSV and zip input need the core.
 */
import type { Manifest } from '$lib/schema';

export interface OpenedFile {
	name: string;
	bytes: Uint8Array;
}
export type OpenStep = 'read' | 'validate' | 'score' | 'load';
export interface OpenProgress {
	step: OpenStep;
	file?: string;
	done: number;
	total: number;
}
export interface OpenProblem {
	file: string;
	line?: number;
	column?: string;
	message: string;
	fix?: string;
	text: string;
}
export type OpenResult =
	| { ok: true; manifest: Manifest; tables: Record<string, Uint8Array>; timings: Record<OpenStep, number> }
	| { ok: false; problems: OpenProblem[]; total: number };

const baseName = (name: string) => name.split('/').pop() ?? name;

export async function openData(
	files: OpenedFile[],
	options: { onProgress?: (p: OpenProgress) => void; signal?: AbortSignal } = {}
): Promise<OpenResult> {
	const started = performance.now();
	const manifestFile = files.find((file) => baseName(file.name) === 'manifest.json');
	const problem = (file: string, message: string, fix: string): OpenResult => ({
		ok: false,
		problems: [{ file, message, fix, text: `${file}: ${message} ${fix}` }],
		total: 1
	});
	if (!manifestFile) return problem('manifest.json', 'CSV and zip input need the validation core, not in this build yet.', 'Open the Parquet files with their manifest.json.');
	const manifest = JSON.parse(new TextDecoder().decode(manifestFile.bytes)) as Manifest;
	const byName = new Map(files.map((file) => [baseName(file.name), file.bytes]));
	const tables: Record<string, Uint8Array> = {};
	const entries = Object.values(manifest.tables);
	for (const [index, entry] of entries.entries()) {
		options.signal?.throwIfAborted();
		options.onProgress?.({ step: 'load', file: entry.file, done: index, total: entries.length });
		const bytes = byName.get(entry.file);
		if (!bytes) return problem(entry.file, 'This file is listed in manifest.json but was not chosen.', 'Choose it with the others.');
		tables[entry.file] = bytes;
	}
	return { ok: true, manifest, tables, timings: { read: 0, validate: 0, score: 0, load: performance.now() - started } };
}
