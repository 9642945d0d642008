/**
 * The opened data's Parquet files, which follow its Arrow: /open/ shows the data as soon as it is scored, and its
 * Parquet (what the Download page offers, and what a later opening of the same files reads) is written next, in the
 * open worker. Anything that needs the Parquet waits here; if the page that opened the data was closed before they
 * were written, they are written now, from the kept Arrow. One writing at a time.
 */
import { loadOpened, saveOpenedParquet, type OpenedData } from './opened-store';

let writing: Promise<OpenedData | null> | null = null;

/** The opened data with its Parquet files (null when no data is open). */
export function openedWithParquet(): Promise<OpenedData | null> {
	writing ??= complete().finally(() => (writing = null));
	return writing;
}

async function complete(): Promise<OpenedData | null> {
	const data = await loadOpened();
	if (!data?.parquetPending) return data;
	if (!data.arrow) throw new Error('Your opened data was kept without its tables: open your files again.');
	const { writeParquet } = await import('./open-api');
	return saveOpenedParquet(data, await writeParquet(data.manifest, data.arrow));
}
