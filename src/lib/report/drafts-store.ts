/**
 * Drafts kept in this browser's IndexedDB (idb-keyval), one entry per draft: saved as the party answers,
 * kept across reloads, deleted only when asked. Nothing here makes a request.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { Draft } from './draft';

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('biodiversity-report-drafts', 'drafts'));

export const loadDraft = (id: string): Promise<Draft | undefined> => get<Draft>(id, drafts());

export const saveDraft = (draft: Draft): Promise<void> => set(draft.id, plainCopy(draft), drafts());

export const deleteDraft = (id: string): Promise<void> => del(id, drafts());

/** Every draft, most recently changed first. */
export async function listDrafts(): Promise<Draft[]> {
	return (await values<Draft>(drafts())).sort((a, b) => b.updated.localeCompare(a.updated));
}

/** A plain copy (IndexedDB cannot store Svelte's state proxies). */
function plainCopy(draft: Draft): Draft {
	return JSON.parse(JSON.stringify(draft)) as Draft;
}
