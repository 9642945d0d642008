/** Reads the pipeline's manifest.json, which lists every table's Parquet file. */
import { assets } from '$app/paths';
import type { Manifest } from '../schema';
import { parseManifest } from './manifest-check';

export function dataUrl(file: string): string {
	return `${assets}/data/${file}`;
}

export async function loadManifest(fetchFn: typeof fetch = fetch): Promise<Manifest> {
	const url = dataUrl('manifest.json');
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`Could not load manifest.json: HTTP ${response.status}`);
	return parseManifest(await response.json(), url);
}
