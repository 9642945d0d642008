import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { identifier, sql } from '$lib/db/sql';
import { rowsToCsv } from '$lib/export/rows-csv';
import type { Manifest } from '$lib/schema';
import { buildDb } from '$lib/server/build-db';
import { dataDir } from '$lib/server/data-dir';
import { downloads } from '$lib/server/downloads';

export const prerender = true;
export const trailingSlash = 'never';

async function manifest(): Promise<Manifest> {
	return JSON.parse(await readFile(path.join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
}

/** Build time: one CSV file per table small enough to offer as CSV. */
export const entries = async () =>
	downloads(await manifest())
		.filter((d) => d.csv)
		.map((d) => ({ table: d.table }));

export const GET = async ({ params }) => {
	const offered = downloads(await manifest()).find((d) => d.table === params.table && d.csv);
	if (!offered) error(404, `No CSV download for ${params.table}`);
	const db = await buildDb();
	await db.ensure([offered.table]);
	const rows = await db.query<Record<string, unknown>>(sql`SELECT * FROM ${identifier(offered.table)}`);
	return new Response(rowsToCsv(offered.columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
