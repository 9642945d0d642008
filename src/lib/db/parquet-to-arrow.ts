/**
 * Decodes a Parquet file with hyparquet into an Arrow table (duckdb-wasm 1.32 has no offline Parquet
 * reader). Strings become dictionary vectors, INT32 Int32, BOOLEAN Bool, everything numeric else Float64.
 * Every vector is laid out by hand with `makeData`: Arrow's builders (`vectorFromArray`) compile their null
 * check with `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { Bool, Dictionary, Float64, Int32, Table, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

type Column = unknown[] | ArrayLike<unknown>;

export async function parquetToArrow(buffer: ArrayBuffer): Promise<Table> {
	const metadata = parquetMetadata(buffer);
	const fields = parquetSchema(metadata).children.map((child) => child.element);
	const length = Number(metadata.num_rows);
	const columns = new Map<string, Column[]>();
	await parquetRead({
		file: buffer,
		metadata,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const chunks = columns.get(columnName) ?? [];
			chunks[rowStart] = columnData as Column;
			columns.set(columnName, chunks);
		}
	});
	const vectors: Record<string, Vector> = {};
	for (const field of fields) {
		const values = joinChunks(columns.get(field.name) ?? [], length);
		vectors[field.name] = toVector(values, field.type);
	}
	return new Table(vectors);
}

function joinChunks(chunks: Column[], length: number): unknown[] {
	const out = new Array<unknown>(length);
	chunks.forEach((chunk, start) => {
		for (let i = 0; i < chunk.length; i++) out[start + i] = chunk[i];
	});
	return out;
}

function toVector(values: unknown[], physicalType: string | undefined): Vector {
	if (physicalType === 'BYTE_ARRAY') return dictionaryVector(values);
	if (physicalType === 'INT32') return numericVector(values, new Int32(), Int32Array);
	if (physicalType === 'BOOLEAN') return booleanVector(values);
	return numericVector(values, new Float64(), Float64Array);
}

function nullBitmap(values: unknown[]): { bitmap: Uint8Array; nullCount: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nullCount++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap, nullCount };
}

export function numericVector(values: unknown[], type: Int32 | Float64, ArrayType: Int32ArrayConstructor | Float64ArrayConstructor): Vector {
	const data = new ArrayType(values.length);
	values.forEach((v, i) => {
		if (v !== null && v !== undefined) data[i] = Number(v);
	});
	const { bitmap, nullCount } = nullBitmap(values);
	const nulls = nullCount ? bitmap : undefined;
	const length = values.length;
	return type instanceof Int32
		? makeVector(makeData({ type, length, nullCount, nullBitmap: nulls, data: data as Int32Array }))
		: makeVector(makeData({ type, length, nullCount, nullBitmap: nulls, data: data as Float64Array }));
}

export function dictionaryVector(values: unknown[]): Vector {
	const codes = new Map<string, number>();
	const indices = new Int32Array(values.length);
	values.forEach((v, i) => {
		if (v === null || v === undefined) return;
		const key = String(v);
		let code = codes.get(key);
		if (code === undefined) codes.set(key, (code = codes.size));
		indices[i] = code;
	});
	const dictionary = utf8Vector([...codes.keys()]);
	const { bitmap, nullCount } = nullBitmap(values);
	const type = new Dictionary(new Utf8(), new Int32());
	return makeVector(
		makeData({
			type,
			length: values.length,
			nullCount,
			nullBitmap: nullCount ? bitmap : undefined,
			data: indices,
			dictionary
		})
	);
}

/** Booleans as Arrow lays them out: one bit per value, and a validity bitmap where some are null. */
function booleanVector(values: unknown[]): Vector {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v === true) data[i >> 3] |= 1 << (i & 7);
	});
	const { bitmap, nullCount } = nullBitmap(values);
	return makeVector(makeData({ type: new Bool(), length: values.length, nullCount, nullBitmap: nullCount ? bitmap : undefined, data }));
}

/** Strings (no nulls) as Arrow lays them out: UTF-8 bytes end to end, and where each one starts. */
function utf8Vector(strings: string[]): Vector {
	const encoder = new TextEncoder();
	const encoded = strings.map((text) => encoder.encode(text));
	const valueOffsets = new Int32Array(strings.length + 1);
	encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
	const data = new Uint8Array(valueOffsets[strings.length]);
	encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
	return makeVector(makeData({ type: new Utf8(), length: strings.length, nullCount: 0, valueOffsets, data }));
}
