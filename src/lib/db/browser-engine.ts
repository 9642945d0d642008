/**
 * Starts duckdb-wasm in a worker from bundles the app serves itself. Loaded on demand (dynamic import)
 * with Arrow and hyparquet, so the first view's JavaScript carries none of it.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asyncEngine } from './async-engine';
import type { Engine, FileLoader } from './connection';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function startBrowserEngine(loadFile: FileLoader): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
	});
	return asyncEngine(await db.connect(), loadFile);
}
