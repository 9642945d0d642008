/**
 * The database pages are prerendered from: native DuckDB over the pipeline's output, running the very
 * SQL the browser runs later. Opened once per build.
 */
import type { Db } from '$lib/db/connection';
import { dataDir } from './data-dir';
import { openNativeDataFolder } from './native-engine';

let opened: Promise<Db> | null = null;

export function buildDb(folder = dataDir()): Promise<Db> {
	opened ??= openNativeDataFolder(folder);
	return opened;
}
