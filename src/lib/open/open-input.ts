/**
 * The browser's host over the core: the chosen files (or one zip of them) are collected, validated by the same
 * checks as `npm run data`, loaded into duckdb-wasm, scored by the same SQL and written as the same Parquet tables
 * and manifest, with each table's Arrow IPC bytes for the page's engine. The Parquet files of the Download page pass
 * through after a check. Runs in the open worker, and
 * in Node tests with duckdb-wasm's Node build.
 */
import { filesInMemory } from '../../core/read/input-files';
import { readInputSource } from '../../core/read/input-source';
import { buildOutputs, latestSubmission } from '../../core/score/build-outputs';
import { validateFiles } from '../../core/validate/validate-files';
import { buildManifest } from '../../core/write/manifest';
import { describeSources } from '../../core/write/manifest-sources';
import { writeOutputs } from '../../core/write/write-outputs';
import { collectFiles } from './collect-files';
import { failed, failedList, OPEN_PROBLEM_CAP } from './open-problems';
import type { OpenedFile, OpenProgress, OpenResult, OpenStep } from './open-types';
import { readParquetInput } from './parquet-input';
import type { WasmCoreEngine } from './wasm-core-engine';

export interface OpenHost {
	/** The engine, started as early as the host can (e.g. while the files are read and validated). */
	engine: () => Promise<WasmCoreEngine>;
	onProgress?: (progress: OpenProgress) => void;
}

export async function openInput(chosen: OpenedFile[], { engine, onProgress }: OpenHost): Promise<OpenResult> {
	const timings: Record<OpenStep, number> = { read: 0, validate: 0, score: 0, load: 0 };
	let mark = performance.now();
	const lap = (step: OpenStep) => {
		const now = performance.now();
		timings[step] = now - mark;
		mark = now;
	};

	onProgress?.({ step: 'read', done: 0, total: chosen.length });
	const collected = collectFiles(chosen);
	if (!collected.ok) return failed(collected.problems);
	onProgress?.({ step: 'read', done: chosen.length, total: chosen.length });
	lap('read');

	if (collected.kind === 'parquet') {
		const opened = await readParquetInput(collected.files, collected.folder);
		lap('validate');
		return opened.ok ? { ok: true, manifest: opened.manifest, tables: opened.tables, timings } : failed(opened.problems);
	}

	const files = filesInMemory(collected.folder, collected.files);
	const source = await readInputSource(files);
	if (!source.ok) return failed([source.problem]);
	const validation = await validateFiles(files, {
		problemCap: OPEN_PROBLEM_CAP,
		onFile: (file, done, total) => onProgress?.({ step: 'validate', file, done, total })
	});
	if (!validation.ok) return failedList(validation.problems);
	lap('validate');

	onProgress?.({ step: 'score', done: 0, total: 1 });
	const core = await engine();
	const built = await buildOutputs(core, validation.tables, source.sample);
	onProgress?.({ step: 'score', done: 1, total: 1 });
	lap('score');

	onProgress?.({ step: 'load', done: 0, total: built.length });
	// What the page's engine loads: each table's Arrow IPC bytes (the Parquet files are what is kept and downloaded).
	const arrow: Record<string, Uint8Array> = {};
	for (const table of built) arrow[table.file] = await core.arrowIPC(table.table);
	const tables = await writeOutputs(core, built);
	const input = collected.folder || 'opened files';
	const hasIndicators = validation.tables.indicators !== undefined;
	const sources = await describeSources(core, { input, source, imported: null, regenerated: false, hasIndicators });
	const manifest = await buildManifest({ input, sample: source.sample, vintage: await latestSubmission(core), tables, sources });
	onProgress?.({ step: 'load', done: built.length, total: built.length });
	lap('load');
	return { ok: true, manifest, tables: Object.fromEntries(tables.map((table) => [table.file, table.bytes])), arrow, timings };
}
