/**
 * The databases pages are prerendered from: native DuckDB over the pipeline's output, running the very
 * SQL the browser runs later. One per language (the data's labels are relabelled on load), opened once
 * per build.
 */
import type { Db } from '$lib/db/connection';
import { getCatalogue } from '$lib/i18n';
import { localiseTable } from '$lib/db/localise-tables';
import { dataDir } from './data-dir';
import { openNativeDataFolder } from './native-engine';

const opened = new Map<string, Promise<Db>>();

/** The database in the language of the page being rendered (the server hook sets it per request). */
export function buildDb(folder = dataDir()): Promise<Db> {
	const catalogue = getCatalogue();
	const key = `${catalogue.locale}:${folder}`;
	if (!opened.has(key))
		opened.set(
			key,
			openNativeDataFolder(folder, (table) => localiseTable(table, catalogue))
		);
	return opened.get(key)!;
}
