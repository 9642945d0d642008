import { error } from '@sveltejs/kit';
import { readManifestFile } from '$lib/db/manifest-file';
import { rowsToCsv } from '$lib/export/rows-csv';
import { loadTableRows } from '$lib/queries/download';
import { buildDb } from '$lib/server/build-db';
import { dataDir } from '$lib/server/data-dir';
import { downloads } from '$lib/server/downloads';

export const prerender = true;
export const trailingSlash = 'never';

const manifest = () => readManifestFile(dataDir());

/** Build time: one CSV file per table small enough to offer as CSV. */
export const entries = async () =>
	downloads(await manifest())
		.filter((d) => d.csv)
		.map((d) => ({ table: d.table }));

export const GET = async ({ params }) => {
	const offered = downloads(await manifest()).find((d) => d.table === params.table && d.csv);
	if (!offered) error(404, `No CSV download for ${params.table}`);
	const rows = await loadTableRows(await buildDb(), offered.table);
	return new Response(rowsToCsv(offered.columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
