/**
 * The data a user opened, kept in this browser until they close it: the manifest, Parquet (and Arrow) bytes in IndexedDB
 * (idb-keyval), and a small summary in localStorage so that a page knows synchronously, before it draws,
 * that it must show the opened data rather than the published numbers it was prerendered with.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Manifest } from '$lib/schema';

/** What the banner says: whose data, how much, since when. */
export interface OpenedSummary {
	files: string[];
	reports: number;
	conventions: number;
	/** ISO timestamp. */
	openedAt: string;
}

export interface OpenedData extends OpenedSummary {
	manifest: Manifest;
	/** Table file name in the manifest → Parquet bytes (none while `parquetPending`). */
	tables: Record<string, Uint8Array>;
	/** Table file name → Arrow IPC stream bytes of the same table, when the opening gave them: what the pages' engine loads. */
	arrow?: Record<string, Uint8Array>;
	/** The Parquet files are not written yet (see opened-parquet.ts): the manifest's tables have no bytes or checksum. */
	parquetPending?: boolean;
}

const SUMMARY_KEY = 'opened-data:v1';
const DATA_KEY = 'opened';
let store: UseStore | null = null;
let cached: Promise<OpenedData | null> | null = null;

const idb = () => (store ??= createStore('dashboard-opened-data', 'opened'));

/** The summary of the opened data, or null when the published data is shown (always null outside a browser). */
export function openedSummary(): OpenedSummary | null {
	if (typeof localStorage === 'undefined') return null;
	try {
		const text = localStorage.getItem(SUMMARY_KEY);
		return text ? (JSON.parse(text) as OpenedSummary) : null;
	} catch {
		return null;
	}
}

/** The opened data, read once per page load; null when none is open (or the browser lost it). */
export function loadOpened(): Promise<OpenedData | null> {
	if (!openedSummary()) return Promise.resolve(null);
	cached ??= (get(DATA_KEY, idb()) as Promise<OpenedData | undefined>).then((data) => {
		if (data) return data;
		localStorage.removeItem(SUMMARY_KEY);
		return null;
	});
	return cached;
}

export async function saveOpened(data: OpenedData): Promise<void> {
	await set(DATA_KEY, data, idb());
	const summary: OpenedSummary = { files: data.files, reports: data.reports, conventions: data.conventions, openedAt: data.openedAt };
	localStorage.setItem(SUMMARY_KEY, JSON.stringify(summary));
	cached = Promise.resolve(data);
}

/** Keeps the Parquet files and final manifest of `data`, unless other data was opened or it was closed meanwhile. */
export async function saveOpenedParquet(data: OpenedData, written: Pick<OpenedData, 'manifest' | 'tables'>): Promise<OpenedData | null> {
	const current = await loadOpened();
	if (current?.openedAt !== data.openedAt) return current;
	const complete: OpenedData = { ...current, manifest: written.manifest, tables: written.tables, parquetPending: false };
	await set(DATA_KEY, complete, idb());
	cached = Promise.resolve(complete);
	return complete;
}

export async function closeOpened(): Promise<void> {
	localStorage.removeItem(SUMMARY_KEY);
	cached = null;
	await del(DATA_KEY, idb());
}
