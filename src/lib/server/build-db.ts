/**
 * The database pages are prerendered from: native DuckDB over the pipeline's output, running the very
 * SQL the browser runs later. Opened once per build.
 */
import path from 'node:path';
import type { Db } from '$lib/db/connection';
import { openNativeDataFolder } from './native-engine';

let opened: Promise<Db> | null = null;

export function buildDb(folder = path.resolve('static/data')): Promise<Db> {
	opened ??= openNativeDataFolder(folder);
	return opened;
}
