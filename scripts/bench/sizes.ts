/**
 * What the browser must load: app JavaScript (gzip) apart from duckdb-wasm, its workers and its engine chunk; and,
 * from the client build's Vite manifest when given, the largest app chunks named by the module they start from
 * (so the sum can be read: e.g. the SQL console's editor is loaded by /sql/ only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export interface JavascriptSizes {
	appKb: number;
	engineKb: number;
	/** The largest app chunks, largest first: what they are (module or chunk name) and kB gzip. */
	largest: { name: string; kb: number }[];
}

type ViteManifest = Record<string, { file: string; src?: string; name?: string }>;

export function javascriptSizes(buildDir: string, viteManifest?: string): JavascriptSizes {
	const names = new Map<string, string>();
	if (viteManifest && existsSync(viteManifest))
		for (const chunk of Object.values(JSON.parse(readFileSync(viteManifest, 'utf8')) as ViteManifest))
			names.set(chunk.file, chunk.src ?? chunk.name ?? chunk.file);
	let app = 0;
	let engine = 0;
	const chunks: { name: string; kb: number }[] = [];
	for (const file of walk(path.join(buildDir, '_app'))) {
		if (!file.endsWith('.js')) continue;
		const bytes = readFileSync(file);
		const gz = gzipSync(bytes, { level: 9 }).length;
		// The engine chunk (duckdb-wasm's bindings with Arrow and the Parquet decoder) is the one that names the
		// duckdb-wasm workers (its `?url` imports); minified, it no longer contains the name AsyncDuckDB.
		const isEngine = /duckdb-browser-.*worker/.test(file) || /duckdb-browser-(eh|mvp)\.worker\.[\w-]+\.js/.test(bytes.toString('latin1'));
		if (isEngine) engine += gz;
		else {
			app += gz;
			const relative = path.relative(buildDir, file).split(path.sep).join('/');
			chunks.push({ name: names.get(relative) ?? relative, kb: gz / 1024 });
		}
	}
	return { appKb: app / 1024, engineKb: engine / 1024, largest: chunks.sort((a, b) => b.kb - a.kb).slice(0, 3) };
}
