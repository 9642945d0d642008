/**
 * The browser's host over the core: the chosen files (or one zip of them) are collected, validated by the same
 * checks as `npm run data`, loaded into duckdb-wasm and scored by the same SQL; each output table comes out as Arrow
 * IPC bytes (what the page's engine inserts), then is written as the same Parquet tables and manifest as the CLI's
 * (write-opened-parquet.ts). The open worker hands the Arrow over first (`scoreInput`), so the pages show the data
 * while the Parquet is written; `openInput` does both, as the Node tests and the benchmark run it. The Parquet
 * files of the Download page pass through after a check. Runs in the open worker, and in Node with duckdb-wasm's
 * Node build.
 */
import { filesInMemory } from '../../core/read/input-files';
import { readInputSource } from '../../core/read/input-source';
import { buildOutputs, latestSubmission } from '../../core/score/build-outputs';
import { validateFiles } from '../../core/validate/validate-files';
import { buildManifest } from '../../core/write/manifest';
import { describeSources } from '../../core/write/manifest-sources';
import { collectFiles } from './collect-files';
import { failed, failedList, OPEN_PROBLEM_CAP } from './open-problems';
import type { OpenedFile, OpenProgress, OpenResult, OpenStep } from './open-types';
import { readParquetInput } from './parquet-input';
import type { WasmCoreEngine } from './wasm-core-engine';
import { writeOpenedParquet } from './write-opened-parquet';

export interface OpenHost {
	/** The engine, started as early as the host can (e.g. while the files are read and validated). */
	engine: () => Promise<WasmCoreEngine>;
	onProgress?: (progress: OpenProgress) => void;
}

/** Validate, score and write the chosen files: the whole opening, Parquet included. */
export async function openInput(chosen: OpenedFile[], host: OpenHost): Promise<OpenResult> {
	const scored = await scoreInput(chosen, host);
	if (!scored.ok || !scored.parquetPending) return scored;
	const started = performance.now();
	const written = await writeOpenedParquet(await host.engine(), scored.manifest, scored.arrow!);
	scored.timings.load += performance.now() - started;
	return { ...scored, ...written, parquetPending: false };
}

/**
 * Validate and score the chosen files, up to each table's Arrow IPC bytes and a manifest whose tables have no Parquet
 * yet (`parquetPending`: their `bytes` and `sha256` are filled by writeOpenedParquet). Parquet input is complete.
 */
export async function scoreInput(chosen: OpenedFile[], { engine, onProgress }: OpenHost): Promise<OpenResult> {
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
	// What the page's engine loads: each table's Arrow IPC bytes (the Parquet files, what is kept and downloaded, follow).
	const arrow: Record<string, Uint8Array> = {};
	for (const table of built) arrow[table.file] = await core.arrowIPC(table.table);
	const input = collected.folder || 'opened files';
	const hasIndicators = validation.tables.indicators !== undefined;
	const sources = await describeSources(core, { input, source, imported: null, regenerated: false, hasIndicators });
	const unwritten = built.map((table) => ({ name: table.name, file: table.file, rows: table.rows, columns: table.columns, bytes: new Uint8Array(0) }));
	const manifest = await buildManifest({ input, sample: source.sample, vintage: await latestSubmission(core), tables: unwritten, sources });
	onProgress?.({ step: 'load', done: built.length, total: built.length });
	lap('load');
	return { ok: true, manifest, tables: {}, arrow, parquetPending: true, timings };
}
