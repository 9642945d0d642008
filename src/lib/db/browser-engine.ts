/**
 * Starts duckdb-wasm in a worker from bundles the app serves itself. Loaded on demand (dynamic import)
 * with Arrow and hyparquet, so the first view's JavaScript carries none of it.
 */
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asyncEngine, type BrowserEngine } from './async-engine';
import type { FileLoader } from './connection';
import { openDuckDB, type EngineBundles } from './duckdb-start';

export { parquetToArrow } from './parquet-to-arrow';

/** The site's own duckdb-wasm bundles (their URLs in this build); the open worker is handed them (duckdb-start.ts). */
export const ENGINE_BUNDLES: EngineBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function startBrowserEngine(loadFile: FileLoader): Promise<BrowserEngine> {
	const db = await openBrowserDatabase();
	return asyncEngine(await db.connect(), loadFile);
}

/** A started duckdb-wasm in a worker of its own (the dashboard's, or the SQL console's, which it can terminate). */
export const openBrowserDatabase = () => openDuckDB(ENGINE_BUNDLES);
