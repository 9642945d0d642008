/**
 * Open your own data: validate and score the chosen files in a Web Worker with the same core as `npm run data`
 * (src/core), and get the tables the dashboard loads, or the CLI's problems; then their Parquet files. The files'
 * bytes are transferred to the worker (the caller's arrays are emptied); aborting the signal terminates the worker
 * at once.
 */
import type { Manifest } from '../schema';
import type { OpenedFile, OpenProgress, OpenResult } from './open-types';
import { transferablesOf, type WorkerReply, type WorkerRequest } from './worker-messages';
import type { WrittenParquet } from './write-opened-parquet';

export type { OpenedFile, OpenProblem, OpenProgress, OpenResult, OpenStep } from './open-types';
export type { Manifest } from '../schema';
export { sizeProblems } from './size-check';

export interface OpenOptions {
	onProgress?: (progress: OpenProgress) => void;
	signal?: AbortSignal;
}

/** A worker started ahead, whose engine compiles while the user chooses files (see prepareOpen). */
let spare: Worker | null = null;

/** The site's duckdb-wasm bundles, sent to each worker first: it starts its engine from the page's copies (one download). */
let bundles: Promise<WorkerRequest> | null = null;
const engineRequest = () =>
	(bundles ??= import('../db/browser-engine').then(({ ENGINE_BUNDLES }): WorkerRequest => ({ type: 'engine', bundles: ENGINE_BUNDLES })));

/** A worker that starts its engine at once; requests posted after this one's (same promise) reach it in order. */
function startWorker(): Worker {
	const worker = new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });
	engineRequest().then((request) => worker.postMessage(request));
	return worker;
}

/**
 * Start the next opening's worker now (e.g. when the page that opens files appears): duckdb-wasm takes seconds to
 * compile, and this way it does so while the user chooses files. Optional; idempotent.
 */
export function prepareOpen(): void {
	spare ??= startWorker();
}

/**
 * Open the files: their tables scored, as Arrow (`parquetPending`: the Parquet files follow from `writeParquet`, on
 * the same worker, whose engine is warm), or their problems.
 */
export async function openData(files: OpenedFile[], { onProgress, signal }: OpenOptions = {}): Promise<OpenResult> {
	const worker = spare ?? startWorker();
	spare = null;
	const reply = await ask(worker, { type: 'open', files }, transferablesOf(files.map((file) => file.bytes)), { onProgress, signal });
	if (reply.type !== 'result') throw new Error(`the open worker answered "${reply.type}"`);
	if (reply.result.ok && reply.result.parquetPending) {
		writer?.terminate();
		writer = worker;
	} else worker.terminate();
	return reply.result;
}

/** The worker of the last opening, kept for its Parquet (see writeParquet). */
let writer: Worker | null = null;

/** Scored data's Parquet files and final manifest, written in a worker (the last opening's, if still there). */
export async function writeParquet(manifest: Manifest, arrow: Record<string, Uint8Array>, signal?: AbortSignal): Promise<WrittenParquet> {
	const worker = writer ?? startWorker();
	writer = null;
	// Copies go to the worker: the page's engine still reads these bytes.
	const reply = await ask(worker, { type: 'write', manifest, arrow }, [], { signal });
	worker.terminate();
	if (reply.type !== 'written') throw new Error(`the open worker answered "${reply.type}"`);
	return reply.written;
}

/** Posts one request (once the worker has its engine's bundles) and waits for its answer; the signal, or a failure, ends the worker. */
function ask(worker: Worker, request: WorkerRequest, transfer: Transferable[], { onProgress, signal }: OpenOptions): Promise<WorkerReply> {
	return new Promise((resolve, reject) => {
		const fail = (error: unknown) => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
			reject(error);
		};
		const abort = () => fail(abortError(signal!));
		if (signal?.aborted) return abort();
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') return onProgress?.(reply.progress);
			if (reply.type === 'error') return fail(new Error(reply.message));
			signal?.removeEventListener('abort', abort);
			resolve(reply);
		};
		worker.onerror = (event) => fail(new Error(event.message || 'the open worker failed to start'));
		engineRequest().then(() => worker.postMessage(request, transfer), fail);
	});
}

function abortError(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The opening was cancelled', 'AbortError');
}
