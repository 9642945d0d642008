/**
 * The header search's index of the published data, in the language of the page being built: countries (with the
 * names people type for them), conventions and framework elements. Built once per build and language, at build
 * time; served as its own file (`search-index.json`), fetched by the page when the search is first used.
 */
import { readManifestFileIfAny } from '$lib/db/manifest-file';
import { getLocale } from '$lib/i18n';
import { loadSearchIndex, type SearchEntry } from '$lib/queries/search';
import { buildDb } from './build-db';
import { dataDir } from './data-dir';
import { withAliases } from './search-aliases';

const indexes = new Map<string, Promise<SearchEntry[]>>();

/** The index, or none when the pipeline has not run yet (a missing data folder is shown, not a failed build). */
export async function readSearchIndex(): Promise<SearchEntry[]> {
	if (!(await readManifestFileIfAny(dataDir()))) return [];
	const locale = getLocale();
	if (!indexes.has(locale)) indexes.set(locale, buildDb().then(loadSearchIndex).then(withAliases));
	return indexes.get(locale)!;
}
