import { readManifestFile } from '$lib/db/manifest-file';
import { dataDir } from '$lib/server/data-dir';
import { CSV_MAX_ROWS, downloads } from '$lib/server/downloads';

export const load = async () => {
	const manifest = await readManifestFile(dataDir());
	return { downloads: downloads(manifest), csvMaxRows: CSV_MAX_ROWS };
};
