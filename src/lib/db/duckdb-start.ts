/**
 * Starts duckdb-wasm in a worker of its own from the bundles given: the site's own wasm and engine worker, whose URLs
 * the page's build knows (browser-engine.ts). Imports no `?url` asset itself, so a worker that starts an engine (the
 * open worker) is handed the page's URLs and the build keeps one copy of the wasm, which the browser downloads once.
 */
import * as duckdb from '@duckdb/duckdb-wasm';

/** Set at build time for hosts with a per-file size limit: only the gzipped wasm is deployed (README). */
const GZIPPED_WASM_ONLY = import.meta.env.VITE_GZIPPED_WASM_ONLY === '1';

export type EngineBundles = duckdb.DuckDBBundles;

/** A started duckdb-wasm in a worker of its own (the dashboard's, the SQL console's, or the open worker's). */
export async function openDuckDB(bundles: EngineBundles): Promise<duckdb.AsyncDuckDB> {
	const bundle = await duckdb.selectBundle(bundles);
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
