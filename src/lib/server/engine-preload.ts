/**
 * The engine's code, announced in the head of every prerendered page with a live view: `<link rel="modulepreload">`
 * for the browser engine's chunks (duckdb-wasm's bindings, Arrow, the Parquet decoder), read from the client
 * build's Vite manifest. The browser then fetches them beside the page's own chunks, instead of only once the
 * client hook has run and asked for them (src/hooks.client.ts), so DuckDB's worker and wasm compile start sooner.
 * No manifest (dev server): no links.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

type ViteManifest = Record<string, { file: string; imports?: string[] }>;

/** The module the client hook's engine start imports on demand (src/lib/db/client.ts). */
const ENGINE_MODULE = 'src/lib/db/browser-engine.ts';

/** The engine module's chunk and every chunk it imports, in load order (each once). */
export function engineChunks(manifest: ViteManifest, entry = ENGINE_MODULE): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key)) return;
		seen.add(key);
		files.push(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(entry);
	return files;
}

/** The `<link>` tags for `files` (root-relative under `base`). */
export const preloadLinks = (files: string[], base: string) => files.map((file) => `<link rel="modulepreload" href="${base}/${file}">`).join('');

let links: string | null = null;

/** The engine's preload links for this build (read once), or '' when the client build has no manifest. */
export function enginePreloadLinks(base: string): string {
	if (links === null) {
		const file = path.resolve(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output/client/.vite/manifest.json');
		links = existsSync(file) ? preloadLinks(engineChunks(JSON.parse(readFileSync(file, 'utf8'))), base) : '';
	}
	return links;
}

/** A prerendered page's HTML with `links` before `</head>`, when the page has a live view (`data-engine`). */
export function withEnginePreload(html: string, links: string): string {
	if (!links || !html.includes('data-engine') || !html.includes('</head>')) return html;
	return html.replace('</head>', `${links}</head>`);
}
