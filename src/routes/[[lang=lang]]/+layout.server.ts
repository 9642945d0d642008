import { readManifestFileIfAny } from '$lib/db/manifest-file';
import { dataDir } from '$lib/server/data-dir';
import type { LayoutServerLoad } from './$types';

/**
 * The pages are prerendered, so this runs at build time: the data notice and vintage are in the HTML before any
 * script runs. Missing data (pipeline not run yet) is shown, not a failed build. Not the list of the responses'
 * parts (`partitions`): the engine reads it from manifest.json when a country's evidence is opened, and every page
 * would carry it otherwise. The header search's index is a file of its own (search-index.json).
 */
export const load: LayoutServerLoad = async () => {
	const manifest = await readManifestFileIfAny(dataDir());
	if (!manifest) return { manifest };
	const { partitions: _parts, ...shown } = manifest;
	return { manifest: shown };
};
