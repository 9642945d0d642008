import { readManifestFileIfAny } from '$lib/db/manifest-file';
import { getLocale } from '$lib/i18n';
import { loadSearchIndex, type SearchEntry } from '$lib/queries/search';
import { buildDb } from '$lib/server/build-db';
import { dataDir } from '$lib/server/data-dir';
import { withAliases } from '$lib/server/search-aliases';
import type { LayoutServerLoad } from './$types';

/**
 * The pages are prerendered, so this runs at build time: the data notice and vintage are in the HTML
 * before any script runs, and so is the header search's small index. Missing data (pipeline not run
 * yet) is shown, not a failed build.
 */
export const load: LayoutServerLoad = async () => {
	const manifest = await readManifestFileIfAny(dataDir());
	return { manifest, searchIndex: manifest ? await readSearchIndex() : [] };
};

/** Built once per build and language: the layout's load runs for every prerendered page. */
const searchIndexes = new Map<string, Promise<SearchEntry[]>>();

function readSearchIndex(): Promise<SearchEntry[]> {
	const locale = getLocale();
	if (!searchIndexes.has(locale))
		searchIndexes.set(
			locale,
			buildDb()
				.then(loadSearchIndex)
				.then(withAliases)
				.catch(() => [])
		);
	return searchIndexes.get(locale)!;
}
