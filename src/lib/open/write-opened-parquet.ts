/**
 * The opened data's Parquet files and final manifest, written from its tables' Arrow IPC bytes (what `scoreInput`
 * hands the page first): each table goes back into the engine as it is and is written by the core's Parquet writer,
 * so the files are those the whole opening at once would write (the Node tests compare them with the CLI's). Runs in
 * the open worker, after the pages already show the data, or later for data whose Parquet was never written (the
 * page was closed meanwhile).
 */
import type { ColumnType } from '../../core/score/core-engine';
import { tableEntries, type WrittenTable } from '../../core/write/manifest';
import type { Manifest } from '../schema';
import type { WasmCoreEngine } from './wasm-core-engine';

export interface WrittenParquet {
	manifest: Manifest;
	/** Table file name → Parquet bytes. */
	tables: Record<string, Uint8Array>;
}

export async function writeOpenedParquet(core: WasmCoreEngine, manifest: Manifest, arrow: Record<string, Uint8Array>): Promise<WrittenParquet> {
	const written: WrittenTable[] = [];
	for (const [name, entry] of Object.entries(manifest.tables)) {
		const bytes = arrow[entry.file];
		if (!bytes) throw new Error(`the opened data has no Arrow bytes for ${entry.file}`);
		const table = `parquet_${name}`;
		await core.insertIPC(table, bytes);
		try {
			const types = (await core.rows(`DESCRIBE ${table}`)).map((row) => String(row.column_type) as ColumnType);
			written.push({ name, file: entry.file, rows: entry.rows, columns: entry.columns, bytes: await core.writeParquet(table, entry.file, types) });
		} finally {
			await core.run(`DROP TABLE ${table}`);
		}
	}
	return {
		manifest: { ...manifest, tables: await tableEntries(written) },
		tables: Object.fromEntries(written.map((table) => [table.file, table.bytes]))
	};
}
