import { readFile } from 'node:fs/promises';
import type { Manifest } from '$lib/schema';
import type { LayoutServerLoad } from './$types';

/**
 * The pages are prerendered, so this runs at build time: the data notice and vintage are in the HTML
 * before any script runs. Missing data (pipeline not run yet) is shown, not a failed build.
 */
export const load: LayoutServerLoad = async () => ({ manifest: await readManifest() });

async function readManifest(): Promise<Manifest | null> {
	try {
		return JSON.parse(await readFile('static/data/manifest.json', 'utf8')) as Manifest;
	} catch {
		return null;
	}
}
