/**
 * What every page's frame shows while the user's data is open: its manifest (data notice, footer, nav) and a search
 * index over it, instead of the published build's, and the summary the banner states. Nothing when it is not open.
 */
import { getDb } from '$lib/db/client';
import { loadSearchIndex, type SearchEntry } from '$lib/queries/search';
import type { Manifest } from '$lib/schema';
import { openedActive } from './opened-pages';
import { openedSummary, type OpenedSummary } from './opened-store';

export interface OpenedLayout {
	opened?: OpenedSummary;
	manifest?: Manifest;
	/** The opened data's search index; none (the header search then uses the published one) when it cannot be read. */
	searchIndex?: SearchEntry[];
	openedError?: string;
}

export async function openedLayoutData(): Promise<OpenedLayout> {
	if (!openedActive()) return {};
	const opened = openedSummary()!;
	try {
		const db = await getDb();
		return { opened, manifest: db.manifest, searchIndex: await loadSearchIndex(db).catch(() => undefined) };
	} catch (error) {
		return { opened, openedError: error instanceof Error ? error.message : String(error) };
	}
}
