/** manifest.json: when and from what the data was built, and the size and checksum of every table. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SAMPLE_NOTICE, type Manifest } from '../lib/schema';
import { dataAsOf } from '../lib/scoring/as-of';
import type { WrittenTable } from './write-parquet';

export interface ManifestInput {
	input: string;
	sample: boolean;
	vintage: string | null;
	/** A data date the input states (rule 7); default: the vintage. */
	asOf?: string | null;
	tables: WrittenTable[];
	/** Each part of the data and whether it is real or the sample; default: the input as one part. */
	sources?: Manifest['sources'];
	builtAt?: Date;
}

export async function buildManifest({ input, sample, vintage, asOf = null, tables, sources, builtAt = new Date() }: ManifestInput): Promise<Manifest> {
	const entries = await Promise.all(
		tables.map(async (table) => {
			const bytes = await readFile(table.path);
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			return [table.name, { file: table.file, rows: table.rows, bytes: bytes.length, sha256, columns: table.columns }] as const;
		})
	);
	return {
		built_at: builtAt.toISOString(),
		sample,
		notice: sample ? SAMPLE_NOTICE : null,
		input,
		sources: sources ?? [{ name: input, kind: sample ? 'sample' : 'real' }],
		vintage,
		as_of: dataAsOf(vintage, asOf),
		tables: Object.fromEntries(entries)
	};
}
