/**
 * Rule 7, the data's date: the `as_of` the input states, else the latest submission date. Never the
 * build date: a page reads the same on every visit, and "overdue" means overdue when the data was taken.
 */

/** What the manifest says about dates (see Manifest in schema.ts). */
export interface DatedManifest {
	as_of?: string | null;
	vintage: string | null;
}

/** The data's date for the manifest: the stated one, else the latest submission. */
export const dataAsOf = (latestSubmission: string | null, stated: string | null = null): string | null => stated ?? latestSubmission;

/**
 * The date overdue, reports due and summaries are judged on; null when the data has none (no report
 * submitted, no stated date): then nothing is called overdue, only not reported.
 */
export const asOfDate = (manifest: DatedManifest): string | null => manifest.as_of ?? manifest.vintage ?? null;
