/** manifest.json: when and from what the data was built, and the size and checksum of every table. */
import { SAMPLE_NOTICE, type Manifest } from '../../lib/schema';
import { dataAsOf } from '../../lib/scoring/as-of';

/** An output table as written: its Parquet bytes and what the manifest says of it. */
export interface WrittenTable {
	name: string;
	file: string;
	rows: number;
	columns: string[];
	bytes: Uint8Array;
}

export interface ManifestInput {
	input: string;
	sample: boolean;
	vintage: string | null;
	/** A data date the input states (rule 7); default: the vintage. */
	asOf?: string | null;
	tables: WrittenTable[];
	/** Each part of the data and whether it is real or the sample; default: the input as one part. */
	sources?: Manifest['sources'];
	/** Tables also written in parts (write-partitions.ts); none by default (the opened data's host writes none). */
	partitions?: Manifest['partitions'];
	builtAt?: Date;
}

export async function buildManifest({
	input,
	sample,
	vintage,
	asOf = null,
	tables,
	sources,
	partitions,
	builtAt = new Date()
}: ManifestInput): Promise<Manifest> {
	return {
		built_at: builtAt.toISOString(),
		sample,
		notice: sample ? SAMPLE_NOTICE : null,
		input,
		sources: sources ?? [{ name: input, kind: sample ? 'sample' : 'real' }],
		vintage,
		as_of: dataAsOf(vintage, asOf),
		tables: await tableEntries(tables),
		...(partitions && Object.keys(partitions).length > 0 ? { partitions } : {})
	};
}

/** What the manifest says of each written table: its file, rows, size, checksum and columns. */
export async function tableEntries(tables: WrittenTable[]): Promise<Manifest['tables']> {
	const entries = await Promise.all(
		tables.map(async (table) => {
			const sha256 = await sha256Hex(table.bytes);
			return [table.name, { file: table.file, rows: table.rows, bytes: table.bytes.length, sha256, columns: table.columns }] as const;
		})
	);
	return Object.fromEntries(entries);
}

/** SHA-256 with the Web Crypto API, which Node and browsers (and their workers) both have. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
