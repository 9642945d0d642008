/**
 * The browser's one DuckDB: started once, lazily, behind one shared promise. Tables are loaded per
 * page through `db.ensure`, with their labels in the page's language. The engine's code is imported only
 * when a page asks for it.
 */
import { getCatalogue } from '../i18n';
import type { Catalogue } from '../i18n/catalogue';
import { localiseTable } from './localise-tables';
import { createDb, type Db } from './connection';
import { dataUrl, loadManifest } from './manifest';

export type { Db } from './connection';

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
	performance.mark('engine:start');
	const { startBrowserEngine } = await import('./browser-engine');
	performance.mark('engine:code');
	const [manifest, engine] = await Promise.all([loadManifest(), startBrowserEngine(fetchDataFile)]);
	performance.mark('engine:open');
	// The page's language, read when the first table loads: the engine may start before the layout has set it.
	let catalogue: Catalogue | null = null;
	return createDb(engine, manifest, (table) => localiseTable(table, (catalogue ??= getCatalogue())));
}

async function fetchDataFile(file: string): Promise<ArrayBuffer> {
	const response = await fetch(dataUrl(file));
	if (!response.ok) throw new Error(`Could not load ${file}: HTTP ${response.status}`);
	return response.arrayBuffer();
}
