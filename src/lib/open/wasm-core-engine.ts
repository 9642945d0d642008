/**
 * The core's engine in the browser's worker: a duckdb-wasm connection, asynchronous in the worker (the site's
 * own duckdb-wasm setup, browser-engine.ts) or blocking in tests (the Node build): the same code runs on both. Input tables go in as Arrow built by hand (`makeData`,
 * no `new Function`, which a Content-Security-Policy without 'unsafe-eval' refuses); outputs come out as Arrow
 * and are written as Parquet by hyparquet-writer (duckdb-wasm has no Parquet writer compiled in), or handed over
 * as an Arrow IPC stream of the engine's own result buffers (what the page's engine inserts as they are).
 */
import { Int32, Float64, Table, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnType, CoreEngine, CoreRow } from '../../core/score/core-engine';
import { dictionaryVector, numericVector } from '../db/parquet-to-arrow';

type Maybe<T> = T | Promise<T>;

/** What the core needs of a duckdb-wasm connection, blocking or asynchronous (every call is awaited). */
export interface WasmConnection {
	query(text: string): Maybe<ArrowResult>;
	prepare(text: string): Maybe<{ query(...params: unknown[]): Maybe<ArrowResult>; close(): Maybe<unknown> }>;
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): Maybe<unknown>;
	/** The database and this connection's id: a query's result as the engine's own Arrow IPC bytes (file format). */
	useUnsafe<R>(callback: (bindings: { runQuery(conn: number, text: string): Maybe<Uint8Array> }, conn: number) => R): R;
}

/** The core's engine in the worker, which also hands a table over as an Arrow IPC stream (what the page's engine inserts), and takes one back. */
export interface WasmCoreEngine extends CoreEngine {
	arrowIPC(name: string): Promise<Uint8Array>;
	/** Creates table `name` from Arrow IPC stream bytes (a copy is inserted: the caller's bytes stay usable). */
	insertIPC(name: string, bytes: Uint8Array): Promise<void>;
}

/** An Arrow table as the engine returns it (possibly from its own copy of apache-arrow: used by shape only). */
interface ArrowResult {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChildAt(index: number): ArrowColumn | null;
	toArray(): { toJSON(): CoreRow }[];
}

interface ArrowColumn extends Iterable<unknown> {
	nullCount: number;
	toArray(): ArrayLike<unknown>;
	/** Its record batches. */
	data: ArrowData[];
}

/** One record batch of a column (an Arrow `Data`): for text, the UTF-8 bytes of all its values and their offsets. */
interface ArrowData {
	length: number;
	offset: number;
	nullCount: number;
	nullBitmap?: Uint8Array;
	valueOffsets?: unknown;
	values?: unknown;
}

/** The Parquet types DuckDB's writer gives these columns (so both hosts write the same schema). */
const PARQUET_TYPE = {
	VARCHAR: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
	INTEGER: { type: 'INT32', converted_type: 'INT_32' },
	DOUBLE: { type: 'DOUBLE' }
} as const;

export function wasmCoreEngine(conn: WasmConnection): WasmCoreEngine {
	return {
		async run(sql, params = []) {
			if (params.length === 0) {
				await conn.query(sql);
				return;
			}
			const statement = await conn.prepare(sql);
			try {
				await statement.query(...params);
			} finally {
				await statement.close();
			}
		},
		async rows(sql) {
			return (await conn.query(sql)).toArray().map((row) => row.toJSON());
		},
		async insert(name, table, types) {
			const definitions = table.columns.map((column, i) => `"${column}" ${types[i]}`);
			await conn.query(`CREATE TABLE "${name}" (${definitions.join(', ')}, line INTEGER)`);
			// An empty Arrow table has no record batch, so no dictionaries: nothing to insert anyway.
			if (table.rows.length === 0) return;
			const vectors: Record<string, Vector> = {};
			table.columns.forEach((column, c) => (vectors[column] = vectorOf(table.rows, c, types[c])));
			vectors.line = numericVector(Array.from(table.lines), new Int32(), Int32Array);
			await conn.insertArrowFromIPCStream(tableToIPC(new Table(vectors), 'stream'), { name, create: false });
		},
		async writeParquet(name, _file, types) {
			const result = await conn.query(`SELECT * FROM ${name}`);
			const columnData = result.schema.fields.map((field, c) => ({ name: field.name, data: valuesOf(result.getChildAt(c), result.numRows, types[c]) }));
			const schema = [
				{ name: 'root', num_children: columnData.length },
				...columnData.map((column, c) => ({ name: column.name, repetition_type: 'OPTIONAL' as const, ...PARQUET_TYPE[types[c]] }))
			];
			return new Uint8Array(parquetWriteBuffer({ columnData, schema }));
		},
		async arrowIPC(name) {
			// The engine's result bytes (Arrow's file format), laid out again as a stream, which is what an engine
			// inserts: the buffers are copied as they are, no value is decoded.
			const file = await conn.useUnsafe((bindings, id) => bindings.runQuery(id, `SELECT * FROM ${name}`));
			return tableToIPC(tableFromIPC(file), 'stream');
		},
		async insertIPC(name, bytes) {
			// The worker's duckdb-wasm transfers the buffer it is given to its own worker.
			await conn.insertArrowFromIPCStream(bytes.slice(), { name, create: true });
		}
	};
}

function vectorOf(rows: string[][], column: number, type: ColumnType): Vector {
	const values = rows.map((row) => {
		const value = row[column];
		if (value === '') return null;
		return type === 'VARCHAR' ? value : Number(value);
	});
	if (type === 'VARCHAR') return dictionaryVector(values);
	return type === 'INTEGER' ? numericVector(values, new Int32(), Int32Array) : numericVector(values, new Float64(), Float64Array);
}

/**
 * A result column as plain values (null where NULL): typed arrays lose nulls, so columns with any are read one by one,
 * by iterating, which walks the result's record batches in turn: `get(i)` looks the batch up again for every value,
 * and took most of the writing time for a million rows.
 */
function valuesOf(column: ArrowColumn | null, length: number, type: ColumnType): unknown[] {
	if (column === null) return new Array(length).fill(null);
	if (type !== 'VARCHAR' && column.nullCount === 0) return Array.from(column.toArray());
	if (type === 'VARCHAR') {
		const strings = textValues(column, length);
		if (strings) return strings;
	}
	const values = new Array<unknown>(length);
	let i = 0;
	for (const value of column) values[i++] = value ?? null;
	return values;
}

const utf8 = new TextDecoder();

/**
 * A text column's values, decoded a record batch at a time: when a batch is ASCII (ids, codes, ISO dates: nearly
 * always), one decode of all its bytes, then a slice per value, instead of a decode per value. Null when the column
 * is not laid out as expected (then it is iterated).
 */
function textValues(column: ArrowColumn, length: number): unknown[] | null {
	const out = new Array<unknown>(length);
	let at = 0;
	for (const data of column.data) {
		const { valueOffsets: offsets, values, nullBitmap } = data;
		if (!(offsets instanceof Int32Array) || !(values instanceof Uint8Array) || at + data.length > length) return null;
		const start = offsets[0];
		const bytes = offsets[data.length] - start;
		const text = utf8.decode(values.subarray(start, start + bytes));
		// Every character of a multi-byte UTF-8 sequence shortens the text: as long as the bytes, it is all ASCII.
		const ascii = text.length === bytes;
		for (let i = 0; i < data.length; i++) {
			const bit = data.offset + i;
			if (data.nullCount > 0 && nullBitmap && (nullBitmap[bit >> 3] & (1 << (bit & 7))) === 0) out[at++] = null;
			else out[at++] = ascii ? text.slice(offsets[i] - start, offsets[i + 1] - start) : utf8.decode(values.subarray(offsets[i], offsets[i + 1]));
		}
	}
	return at === length ? out : null;
}
