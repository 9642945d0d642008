/**
 * Starts duckdb-wasm in a worker from bundles the app serves itself. Loaded on demand (dynamic import)
 * with Arrow and hyparquet, so the first view's JavaScript carries none of it.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asyncEngine, type BrowserEngine } from './async-engine';
import type { FileLoader } from './connection';

export { parquetToArrow } from './parquet-to-arrow';

/** Set at build time for hosts with a per-file size limit: only the gzipped wasm is deployed (README). */
const GZIPPED_WASM_ONLY = import.meta.env.VITE_GZIPPED_WASM_ONLY === '1';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function startBrowserEngine(loadFile: FileLoader): Promise<BrowserEngine> {
	const db = await openBrowserDatabase();
	return asyncEngine(await db.connect(), loadFile);
}

/** A started duckdb-wasm in a worker of its own (the dashboard's, or the SQL console's, which it can terminate). */
export async function openBrowserDatabase(): Promise<duckdb.AsyncDuckDB> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(await moduleUrl(bundle.mainModule), bundle.pthreadWorker);
	performance.mark('engine:instantiated');
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
	});
	return db;
}

/** The wasm's URL, or, on a size-limited host, a blob URL of its `.gz` copy decompressed in the browser. */
async function moduleUrl(url: string): Promise<string> {
	if (!GZIPPED_WASM_ONLY) return url;
	const response = await fetch(`${url}.gz`);
	if (!response.ok) throw new Error(`Could not load ${url}.gz: HTTP ${response.status}`);
	let bytes = new Uint8Array(await response.arrayBuffer());
	// Some hosts send `.gz` files with Content-Encoding: gzip, and the browser has already unpacked them.
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
		bytes = new Uint8Array(await new Response(unpacked).arrayBuffer());
	}
	return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}
