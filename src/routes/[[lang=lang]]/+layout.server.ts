import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getLocale } from '$lib/i18n';
import { loadSearchIndex, type SearchEntry } from '$lib/queries/search';
import type { Manifest } from '$lib/schema';
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
	const manifest = await readManifest();
	return { manifest, searchIndex: manifest ? await readSearchIndex() : [] };
};

async function readManifest(): Promise<Manifest | null> {
	try {
		return JSON.parse(await readFile(path.join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
	} catch {
		return null;
	}
}

/** Built once per build and language: the layout's load runs for every prerendered page. */
const searchIndexes = new Map<string, Promise<SearchEntry[]>>();

function readSearchIndex(): Promise<SearchEntry[]> {
	const locale = getLocale();
	if (!searchIndexes.has(locale)) searchIndexes.set(locale, buildDb().then(loadSearchIndex).then(withAliases).catch(() => []));
	return searchIndexes.get(locale)!;
}
