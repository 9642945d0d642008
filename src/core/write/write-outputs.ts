/** Write: every built output table as Parquet through the engine, in build order. */
import type { CoreEngine } from '../score/core-engine';
import type { BuiltTable } from '../score/build-outputs';
import type { WrittenTable } from './manifest';

export async function writeOutputs(engine: CoreEngine, built: BuiltTable[]): Promise<WrittenTable[]> {
	const written: WrittenTable[] = [];
	for (const table of built) {
		const bytes = await engine.writeParquet(table.table, table.file, table.types);
		written.push({ name: table.name, file: table.file, rows: table.rows, columns: table.columns, bytes });
	}
	return written;
}
