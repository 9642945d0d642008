/**
 * Score: build every output table in the engine (the SQL of sql/, which takes its rule from
 * src/lib/scoring), in build order. Each output's columns must be exactly the contract's, in order, and only
 * VARCHAR, INTEGER or DOUBLE (what the browser's hyparquet → Arrow mapping expects).
 */
import { OUTPUT_QUERIES, type OutputQuery } from './sql';
import { fillIndicatorKindSql } from './sql/indicators';
import type { Tables } from '../validate/validation-context';
import type { ColumnType, CoreEngine } from './core-engine';
import { loadTables } from './load-tables';

export interface BuiltTable {
	name: string;
	/** The engine's table holding it. */
	table: string;
	file: string;
	rows: number;
	columns: string[];
	types: ColumnType[];
}

const ALLOWED_TYPES = new Set<string>(['VARCHAR', 'INTEGER', 'DOUBLE']);

/** Load the validated tables and build every output they allow; `sample` fills the indicators' missing kind. */
export async function buildOutputs(engine: CoreEngine, tables: Tables, sample: boolean): Promise<BuiltTable[]> {
	await loadTables(engine, tables);
	if (tables.indicators !== undefined) await engine.run(fillIndicatorKindSql, [sample ? 'sample' : 'real']);
	const built: BuiltTable[] = [];
	for (const query of OUTPUT_QUERIES) {
		if (query.needs && !tables[query.needs]) continue;
		built.push(await buildTable(engine, query));
	}
	return built;
}

async function buildTable(engine: CoreEngine, query: OutputQuery): Promise<BuiltTable> {
	const table = `out_${query.name}`;
	await engine.run(`CREATE TABLE ${table} AS ${query.sql}`);
	const shape = await checkShape(engine, table, query);
	const counted = await engine.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`);
	return {
		name: query.name,
		table,
		file: `${query.name}.parquet`,
		rows: Number(counted[0].n),
		columns: shape.map((c) => c.name),
		types: shape.map((c) => c.type)
	};
}

async function checkShape(engine: CoreEngine, table: string, query: OutputQuery): Promise<{ name: string; type: ColumnType }[]> {
	const described = await engine.rows(`DESCRIBE ${table}`);
	const shape = described.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
	const names = shape.map((column) => column.name);
	if (names.join(',') !== query.columns.join(','))
		throw new Error(`output ${query.name} has columns ${names.join(', ')}; the contract says ${query.columns.join(', ')}`);
	const wrongType = shape.find((column) => !ALLOWED_TYPES.has(column.type));
	if (wrongType) throw new Error(`output ${query.name}.${wrongType.name} is ${wrongType.type}; only VARCHAR, INTEGER, DOUBLE are written`);
	return shape as { name: string; type: ColumnType }[];
}

/** The data vintage: the latest submission date in the reports. */
export async function latestSubmission(engine: CoreEngine): Promise<string | null> {
	const rows = await engine.rows('SELECT CAST(max(submitted) AS VARCHAR) AS latest FROM reports');
	return (rows[0]?.latest as string | null) ?? null;
}
