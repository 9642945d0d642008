import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '$lib/schema';
import { dataDir } from '$lib/server/data-dir';
import { CSV_MAX_ROWS, downloads } from '$lib/server/downloads';

export const load = async () => {
	const manifest = JSON.parse(await readFile(path.join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
	return { downloads: downloads(manifest), csvMaxRows: CSV_MAX_ROWS };
};
