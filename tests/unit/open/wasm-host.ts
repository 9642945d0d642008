/**
 * The browser host's path in Node: the open worker's openInput over duckdb-wasm's Node build (blocking, like the
 * worker's browser build), set up and locked the same way; and a folder read as the files a page would be given.
 */
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { SETUP_STATEMENTS } from '../../../src/lib/db/connection';
import { lockEngine } from '../../../src/lib/db/engine-lock';
import { openInput } from '../../../src/lib/open/open-input';
import type { OpenedFile, OpenResult } from '../../../src/lib/open/open-types';
import { wasmCoreEngine, type BlockingConnection } from '../../../src/lib/open/wasm-core-engine';
import type { CoreEngine } from '../../../src/core/score/core-engine';

const require = createRequire(import.meta.url);

export async function wasmEngine(): Promise<CoreEngine> {
	const bundles = {
		mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = db.connect();
	for (const statement of SETUP_STATEMENTS) conn.query(statement.text);
	await lockEngine((text) => conn.query(text));
	return wasmCoreEngine(conn as unknown as BlockingConnection);
}

/** Every file under `dir`, named `<folder name>/<relative path>` as a page given the folder would name it. */
export async function folderAsChosen(dir: string): Promise<OpenedFile[]> {
	const files: OpenedFile[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files.push({ name: path.join(path.basename(dir), path.relative(dir, file)).split(path.sep).join('/'), bytes: new Uint8Array(await readFile(file)) });
	}
	return files;
}

/** Open the chosen files the way the worker does, on a fresh duckdb-wasm. */
export function openInNode(files: OpenedFile[]): Promise<OpenResult> {
	return openInput(files, { engine: wasmEngine });
}
