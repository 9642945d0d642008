/**
 * The browser's one DuckDB: started once, lazily, behind one shared promise. Tables are loaded per
 * page through `db.ensure`, with their labels in the page's language. The engine's code is imported only
 * when a page asks for it.
 */
import { getCatalogue } from '../i18n';
import type { Catalogue } from '../i18n/catalogue';
import { localiseTable } from './localise-tables';
import { createDb, type Db, type Engine } from './connection';
import { fetchDataFile, openedArrowFile } from './data-files';
import { loadManifest } from './manifest';
import { loadOpened } from '../open/opened-store';
import type { Table } from 'apache-arrow';
import type { BrowserEngine } from './async-engine';
import { InsertQueue } from './insert-queue';

export type { Db } from './connection';

let started: Promise<Db> | null = null;
/** An engine started ahead, with no table in it yet (see prepareEngine): the next start takes it. */
let spare: Promise<BrowserEngine> | null = null;

export function getDb(): Promise<Db> {
	started ??= start(() => (started = null));
	return started;
}

/** Forget a failed start so that a retry starts again, or the engine of data that was closed or replaced. */
export function resetDb(): void {
	started = null;
}

/**
 * Start duckdb-wasm (its code, worker and wasm compile) now, before the data it will hold is known: e.g. while /open/
 * checks and scores the user's files in its own worker, so that the pages drawn from them next only load their
 * tables. The next start of the Db takes this engine. Optional; idempotent.
 */
export function prepareEngine(): void {
	if (spare) return;
	const engine = import('./browser-engine').then(({ startBrowserEngine }) => startBrowserEngine(fetchDataFile));
	spare = engine;
	engine.catch(() => spare === engine && (spare = null));
}

/**
 * The Db is handed out as soon as the engine's code and the manifest are here: a page's tables are fetched and
 * decoded (on the main thread) while the wasm still compiles in the worker, and inserted once it is open.
 */
async function start(forget: () => void): Promise<Db> {
	performance.mark('engine:start');
	try {
		const [{ startBrowserEngine, parquetToArrow }, manifest] = await Promise.all([import('./browser-engine'), currentManifest()]);
		performance.mark('engine:code');
		const opening = spare ?? startBrowserEngine(fetchDataFile);
		spare = null;
		opening.then(() => performance.mark('engine:open'), forget);
		// Inserted one at a time once the engine is open, what the page waits for first (insert-queue.ts).
		const inserts = new InsertQueue(opening);
		const engine: Engine = {
			run: async (query) => (await opening).run(query),
			load(name, file) {
				const data = openedArrowFile(file).then<Uint8Array | Table>((arrow) => arrow ?? fetchDataFile(file).then(parquetToArrow));
				return inserts.add(name, data, async (table) =>
					table instanceof Uint8Array ? (await opening).insertIPC(name, table) : (await opening).insert(name, table)
				);
			},
			prioritise: (tables) => inserts.ask(tables)
		};
		// The page's language, read when the first table loads: the engine may start before the layout has set it.
		let catalogue: Catalogue | null = null;
		return createDb(engine, manifest, (table) => localiseTable(table, (catalogue ??= getCatalogue())));
	} catch (error) {
		forget();
		throw error;
	}
}

/** The data the pages show: the user's opened data while it is open (see /open/), else the published. */
async function currentManifest() {
	return (await loadOpened())?.manifest ?? (await loadManifest());
}
