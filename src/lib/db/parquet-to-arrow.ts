/**
 * Decodes a Parquet file with hyparquet into an Arrow table (duckdb-wasm 1.32 has no offline Parquet
 * reader). Strings become dictionary vectors, INT32 Int32, everything numeric else Float64.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import {
	Dictionary,
	Float64,
	Int32,
	Table,
	Utf8,
	makeData,
	makeVector,
	vectorFromArray,
	type Vector
} from 'apache-arrow';

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
	if (physicalType === 'BOOLEAN') return vectorFromArray(values as (boolean | null)[]);
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

function numericVector(
	values: unknown[],
	type: Int32 | Float64,
	ArrayType: Int32ArrayConstructor | Float64ArrayConstructor
): Vector {
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

function dictionaryVector(values: unknown[]): Vector {
	const codes = new Map<string, number>();
	const indices = new Int32Array(values.length);
	values.forEach((v, i) => {
		if (v === null || v === undefined) return;
		const key = String(v);
		let code = codes.get(key);
		if (code === undefined) codes.set(key, (code = codes.size));
		indices[i] = code;
	});
	const dictionary = vectorFromArray([...codes.keys()], new Utf8());
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
