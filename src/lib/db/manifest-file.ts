/** manifest.json from a data folder on disk (Node: the build, the tests, the CLI), checked by parseManifest. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../schema';
import { parseManifest } from './manifest-check';

export async function readManifestFile(folder: string): Promise<Manifest> {
	const file = path.join(folder, 'manifest.json');
	const text = await readFile(file, 'utf8');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file} is not JSON (${(error as Error).message}). Rebuild the data with \`npm run data\`.`, { cause: error });
	}
	return parseManifest(json, file);
}

/** The manifest, or null when the folder has none yet (the pipeline has not run). A broken one still throws. */
export async function readManifestFileIfAny(folder: string): Promise<Manifest | null> {
	try {
		return await readManifestFile(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}
