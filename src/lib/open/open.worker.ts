/**
 * The open worker: runs the browser host (open-input.ts) off the page's thread. Its duckdb-wasm is started the
 * site's way (browser-engine.ts: the app's own wasm and engine worker, same origin) as soon as this worker starts,
 * while the files are read and validated, and is locked like the dashboard's before any SQL of the core runs.
 * Once up, the engine is warmed (warm-up.ts) while the user still chooses files; an opening that arrives first waits
 * for the warm-up, which leaves no table behind. Files arrive and tables leave as transferred buffers (no copies).
 */
import { SETUP_STATEMENTS } from '../db/connection';
import { openBrowserDatabase } from '../db/browser-engine';
import { lockEngine } from '../db/engine-lock';
import { openInput } from './open-input';
import { warmUp } from './warm-up';
import type { OpenedFile } from './open-types';
import { transferablesOf, type WorkerReply } from './worker-messages';
import { wasmCoreEngine, type WasmConnection } from './wasm-core-engine';

const scope = self as unknown as {
	postMessage(message: WorkerReply, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<OpenedFile[]>) => void) | null;
};

async function startEngine() {
	const conn = await (await openBrowserDatabase()).connect();
	for (const statement of SETUP_STATEMENTS) await conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	return wasmCoreEngine(conn as unknown as WasmConnection);
}

/** The engine warmed; should the warm-up fail (it could leave tables behind), a fresh engine instead. */
async function startWarmEngine() {
	const core = await startEngine();
	return warmUp(core).then(
		() => core,
		() => startEngine()
	);
}

const engine = startWarmEngine();
engine.catch(() => undefined);

scope.onmessage = async (event) => {
	try {
		const result = await openInput(event.data, { engine: () => engine, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) });
		scope.postMessage({ type: 'result', result }, transferablesOf(result.ok ? [...Object.values(result.tables), ...Object.values(result.arrow ?? {})] : []));
	} catch (error) {
		scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
