/**
 * The bytes of one data file (a Parquet table of the manifest): from the user's opened data while it is open
 * (see /open/), else from the published site. The dashboard's engine and the SQL console's read through here,
 * so both show the same data. The dashboard's engine loads an opened table's Arrow bytes instead when it has them.
 */
import { openedWithParquet } from '../open/opened-parquet';
import { loadOpened } from '../open/opened-store';
import { dataUrl } from './manifest';

export async function fetchDataFile(file: string): Promise<ArrayBuffer> {
	const opened = await openedWithParquet();
	if (opened) {
		const bytes = opened.tables[file];
		if (!bytes) throw new Error(`Your opened data has no ${file}`);
		return bytes.slice().buffer;
	}
	const response = await fetch(dataUrl(file));
	if (!response.ok) throw new Error(`Could not load ${file}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

/** A table of the user's opened data as Arrow IPC stream bytes, when the opening handed it over so; else null. */
export async function openedArrowFile(file: string): Promise<Uint8Array | null> {
	return (await loadOpened())?.arrow?.[file] ?? null;
}
