/**
 * Write a built table again in parts, one Parquet file per value of a column (`responses/<ISO3>.parquet`): the
 * evidence dialog then reads one country's answers, not the whole table. The whole table stays as written.
 */
import type { BuiltTable } from '../score/build-outputs';
import type { CoreEngine } from '../score/core-engine';
import { sha256Hex } from './manifest';
import { PARTITIONED_TABLES, type Manifest, type Partitioned } from '../../lib/schema';

/** Only values that are safe as file names are written (ISO3 codes are three capital letters). */
const PART_VALUE = /^[A-Za-z0-9_-]+$/;

export async function writePartitions(engine: CoreEngine, table: BuiltTable, column: string): Promise<Partitioned> {
	if (!table.columns.includes(column)) throw new Error(`output ${table.name} has no column ${column} to write it in parts`);
	const values = await engine.rows(`SELECT DISTINCT "${column}" AS value FROM ${table.table} WHERE "${column}" IS NOT NULL ORDER BY value`);
	const nulls = await engine.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table.table} WHERE "${column}" IS NULL`);
	if (Number(nulls[0].n) > 0) throw new Error(`output ${table.name} has rows without ${column}; they would be in no part`);
	// Sorted by the column once (each value's rows in the table's order), so that each part's filter reads only the
	// row groups holding its value, not the whole table: at 1M responses, a scan per country took most of the write.
	const sorted = `${table.table}_by_part`;
	await engine.run(
		`CREATE OR REPLACE TEMP TABLE ${sorted} AS SELECT * EXCLUDE (part_row) FROM (SELECT *, row_number() OVER () AS part_row FROM ${table.table}) ORDER BY "${column}", part_row`
	);
	const parts: Partitioned['parts'] = {};
	const part = `${table.table}_part`;
	for (const { value } of values) {
		const key = String(value);
		if (!PART_VALUE.test(key)) throw new Error(`output ${table.name}: ${column} ${JSON.stringify(key)} cannot name a file`);
		await engine.run(`CREATE OR REPLACE TEMP TABLE ${part} AS SELECT * FROM ${sorted} WHERE "${column}" = ?`, [key]);
		const counted = await engine.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${part}`);
		const file = `${table.name}/${key}.parquet`;
		const bytes = await engine.writeParquet(part, file, table.types);
		parts[key] = { file, rows: Number(counted[0].n), bytes: bytes.length, sha256: await sha256Hex(bytes) };
	}
	await engine.run(`DROP TABLE IF EXISTS ${part}`);
	await engine.run(`DROP TABLE IF EXISTS ${sorted}`);
	return { column, parts };
}

/** Every built table of PARTITIONED_TABLES, in parts (the pipeline's: opened data is kept whole). */
export async function writePartitionedTables(engine: CoreEngine, built: BuiltTable[]): Promise<NonNullable<Manifest['partitions']>> {
	const partitions: NonNullable<Manifest['partitions']> = {};
	for (const [name, column] of Object.entries(PARTITIONED_TABLES)) {
		const table = built.find((candidate) => candidate.name === name);
		if (table) partitions[name] = await writePartitions(engine, table, column);
	}
	return partitions;
}
