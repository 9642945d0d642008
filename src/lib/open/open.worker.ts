/**
 * The open worker: runs the browser host (open-input.ts) off the page's thread. Its own duckdb-wasm, the blocking
 * build (this worker is the engine's thread), starts as soon as the worker does, while the files are read and
 * validated; it is locked like the dashboard's before any SQL of the core runs. Files arrive and tables leave
 * as transferred buffers (no copies).
 */
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { SETUP_STATEMENTS } from '../db/connection';
import { lockEngine } from '../db/engine-lock';
import { openInput } from './open-input';
import type { OpenedFile } from './open-types';
import { transferablesOf, type WorkerReply } from './worker-messages';
import { wasmCoreEngine, type BlockingConnection } from './wasm-core-engine';

const scope = self as unknown as { postMessage(message: WorkerReply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<OpenedFile[]>) => void) | null };
const runtime = (duckdb as unknown as { BROWSER_RUNTIME: duckdb.DuckDBRuntime }).BROWSER_RUNTIME;

async function startEngine() {
	const bundles = { mvp: { mainModule: mvpWasm, mainWorker: '' }, eh: { mainModule: ehWasm, mainWorker: '' } };
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), runtime);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = db.connect();
	for (const statement of SETUP_STATEMENTS) conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	return wasmCoreEngine(conn as unknown as BlockingConnection);
}

const engine = startEngine();
engine.catch(() => undefined);

scope.onmessage = async (event) => {
	try {
		const result = await openInput(event.data, { engine: () => engine, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) });
		scope.postMessage({ type: 'result', result }, transferablesOf(result.ok ? Object.values(result.tables) : []));
	} catch (error) {
		scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
