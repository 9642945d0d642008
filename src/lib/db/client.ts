/**
 * The browser's one DuckDB: duckdb-wasm started once, lazily, behind one shared promise, from bundles
 * the app serves itself. Tables are loaded per page through `db.ensure`.
 */
import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asyncEngine } from './async-engine';
import { createDb, type Db } from './connection';
import { dataUrl, loadManifest } from './manifest';

export type { Db } from './connection';

const BUNDLES: DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

let started: Promise<Db> | null = null;

export function getDb(): Promise<Db> {
	started ??= start();
	started.catch(() => (started = null));
	return started;
}

/** Forget a failed start so that a retry starts again. */
export function resetDb(): void {
	started = null;
}

async function start(): Promise<Db> {
	const [manifest, engine] = await Promise.all([loadManifest(), startEngine()]);
	return createDb(engine, manifest);
}

async function fetchDataFile(file: string): Promise<ArrayBuffer> {
	const response = await fetch(dataUrl(file));
	if (!response.ok) throw new Error(`Could not load ${file}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

async function startEngine() {
	// Imported here, not at the top: the page's first view must not wait for (or download) duckdb-wasm.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
	});
	return asyncEngine(await db.connect(), fetchDataFile);
}
