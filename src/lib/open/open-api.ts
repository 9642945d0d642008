/**
 * Open your own data: validate and score the chosen files in a Web Worker with the same core as `npm run data`
 * (src/core), and get the tables the dashboard loads, or the CLI's problems. The files' bytes are transferred to
 * the worker (the caller's arrays are emptied); aborting the signal terminates the worker at once.
 */
import type { OpenedFile, OpenProgress, OpenResult } from './open-types';
import { transferablesOf, type WorkerReply, type WorkerRequest } from './worker-messages';

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

export function openData(files: OpenedFile[], { onProgress, signal }: OpenOptions = {}): Promise<OpenResult> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError(signal));
		const worker = spare ?? startWorker();
		spare = null;
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(abortError(signal!));
		};
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') return onProgress?.(reply.progress);
			finish();
			if (reply.type === 'result') resolve(reply.result);
			else reject(new Error(reply.message));
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the open worker failed to start'));
		};
		const request: WorkerRequest = { type: 'open', files };
		engineRequest().then(
			() => worker.postMessage(request, transferablesOf(files.map((file) => file.bytes))),
			(error) => (finish(), reject(error))
		);
	});
}

function abortError(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The opening was cancelled', 'AbortError');
}
