/**
 * Warm the open worker's engine while the page waits for the user's files: a fresh duckdb-wasm runs its first
 * queries about twice as slowly as the same queries later (its wasm compiled lazily, then tiered up), so the whole
 * opening path (load, score, write, manifest) runs once over the template's example rows (template.ts), and every
 * table it made is dropped. Its result is thrown away: nothing of it is posted, shown or kept.
 */
import type { CoreEngine } from '../../core/score/core-engine';
import type { WasmCoreEngine } from './wasm-core-engine';
import { openInput } from './open-input';
import { templateCsvFiles } from './template';

export async function warmUp(engine: WasmCoreEngine): Promise<void> {
	const result = await openInput(templateCsvFiles(), { engine: async () => engine });
	await dropTables(engine);
	if (!result.ok) throw new Error(`the warm-up input did not open: ${result.problems.map((problem) => problem.text).join('; ')}`);
}

/** The tables in the engine (those a run of the core made), by name. */
export async function engineTables(engine: CoreEngine): Promise<string[]> {
	const rows = await engine.rows('SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY table_name');
	return rows.map((row) => String(row.table_name));
}

async function dropTables(engine: CoreEngine): Promise<void> {
	for (const table of await engineTables(engine)) await engine.run(`DROP TABLE "${table.replaceAll('"', '""')}"`);
}
