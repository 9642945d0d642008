/**
 * The open worker: runs the browser host (open-input.ts) off the page's thread. Its duckdb-wasm is started the
 * site's way (duckdb-start.ts, from the app's own wasm and engine worker, same origin, whose URLs the page sends
 * first) as soon as this worker starts, while the files are read and validated, and is locked like the dashboard's
 * before any SQL of the core runs.
 * Once up, the engine is warmed (warm-up.ts) while the user still chooses files; an opening that arrives first waits
 * for the warm-up, which leaves no table behind. An opening's answer is its scored tables as Arrow; their Parquet
 * files are written on a second request (`write`), which the page sends once it has the Arrow. Files arrive and
 * tables leave as transferred buffers (no copies).
 */
import { SETUP_STATEMENTS } from '../db/connection';
import { openDuckDB, type EngineBundles } from '../db/duckdb-start';
import { lockEngine } from '../db/engine-lock';
import { scoreInput } from './open-input';
import { warmUp } from './warm-up';
import { transferablesOf, type WorkerReply, type WorkerRequest } from './worker-messages';
import { wasmCoreEngine, type WasmConnection } from './wasm-core-engine';
import { writeOpenedParquet } from './write-opened-parquet';

const scope = self as unknown as {
	postMessage(message: WorkerReply, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

async function startEngine(bundles: EngineBundles) {
	const conn = await (await openDuckDB(bundles)).connect();
	for (const statement of SETUP_STATEMENTS) await conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	return wasmCoreEngine(conn as unknown as WasmConnection);
}

/** The engine warmed; should the warm-up fail (it could leave tables behind), a fresh engine instead. */
async function startWarmEngine(bundles: EngineBundles) {
	const core = await startEngine(bundles);
	return warmUp(core).then(
		() => core,
		() => startEngine(bundles)
	);
}

let engine: ReturnType<typeof startWarmEngine> | null = null;

scope.onmessage = async (event) => {
	const request = event.data;
	if (request.type === 'engine') {
		engine ??= startWarmEngine(request.bundles);
		engine.catch(() => undefined);
		return;
	}
	try {
		if (!engine) throw new Error('the open worker was given work before the engine’s bundles');
		const started = engine;
		if (request.type === 'write') {
			const written = await writeOpenedParquet(await started, request.manifest, request.arrow);
			scope.postMessage({ type: 'written', written }, transferablesOf(Object.values(written.tables)));
			return;
		}
		const result = await scoreInput(request.files, { engine: () => started, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) });
		scope.postMessage({ type: 'result', result }, transferablesOf(result.ok ? [...Object.values(result.tables), ...Object.values(result.arrow ?? {})] : []));
	} catch (error) {
		scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
