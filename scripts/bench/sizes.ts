/** What the browser must load: app JavaScript (gzip) apart from duckdb-wasm, its workers and its engine chunk. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export function javascriptSizes(buildDir: string) {
	let app = 0;
	let engine = 0;
	for (const file of walk(path.join(buildDir, '_app'))) {
		if (!file.endsWith('.js')) continue;
		const bytes = readFileSync(file);
		const gz = gzipSync(bytes, { level: 9 }).length;
		// The engine chunk (duckdb-wasm's bindings with Arrow and the Parquet decoder) is the one that names the
		// duckdb-wasm workers (its `?url` imports); minified, it no longer contains the name AsyncDuckDB.
		const isEngine = /duckdb-browser-.*worker/.test(file) || /duckdb-browser-(eh|mvp)\.worker\.[\w-]+\.js/.test(bytes.toString('latin1'));
		if (isEngine) engine += gz;
		else app += gz;
	}
	return { appKb: app / 1024, engineKb: engine / 1024 };
}
