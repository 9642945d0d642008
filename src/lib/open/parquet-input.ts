/**
 * The Parquet files and manifest.json as the Download page serves them, opened again: the manifest must list
 * every table the dashboard needs, each listed file must be given with the manifest's size and checksum, and its
 * columns must be the contract's. Then the files pass through as they are (they were scored when built).
 */
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { sha256Hex } from '../../core/write/manifest';
import { OUTPUT_QUERIES } from '../../core/score/sql';
import type { Problem } from '../../core/problems';
import { OUTPUT_TABLES, type Manifest } from '../schema';

type Given = Map<string, { label: string; bytes: Uint8Array }>;
export type ParquetInput = { ok: true; manifest: Manifest; tables: Record<string, Uint8Array> } | { ok: false; problems: Problem[] };

const CONTRACT_COLUMNS = new Map(OUTPUT_QUERIES.map((query) => [query.name as string, query.columns]));
const REDOWNLOAD = 'download the files again from the Download page, with their manifest.json';

export async function readParquetInput(given: Given, folder: string): Promise<ParquetInput> {
	const manifestFile = given.get('manifest.json');
	const manifestLabel = folder === '' ? 'manifest.json' : `${folder}/manifest.json`;
	if (!manifestFile)
		return {
			ok: false,
			problems: [{ file: manifestLabel, message: 'file is missing (the Parquet files need the manifest that lists them)', fix: REDOWNLOAD }]
		};
	const manifest = parseManifest(manifestFile.bytes);
	if (manifest === null) return { ok: false, problems: [{ file: manifestFile.label, message: 'is not a manifest.json of this dashboard', fix: REDOWNLOAD }] };

	const problems: Problem[] = [];
	for (const name of Object.keys(OUTPUT_TABLES))
		if (!manifest.tables[name]) problems.push({ file: manifestFile.label, message: `does not list the table "${name}"`, fix: REDOWNLOAD });
	const tables: Record<string, Uint8Array> = {};
	for (const [name, entry] of Object.entries(manifest.tables)) {
		const file = given.get(entry.file);
		const label = folder === '' ? entry.file : `${folder}/${entry.file}`;
		if (!file) {
			problems.push({ file: label, message: 'file is missing', fix: `add ${entry.file}, or ${REDOWNLOAD}` });
			continue;
		}
		const problem = (await checkTable(name, entry, file.bytes)) ?? null;
		if (problem) problems.push({ file: file.label, ...problem });
		else tables[entry.file] = file.bytes;
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest: wholeTablesOnly(manifest), tables };
}

/** Opened data is its whole tables: the published parts (e.g. responses per country) are not among the files. */
function wholeTablesOnly({ partitions: _parts, ...manifest }: Manifest): Manifest {
	return manifest;
}

function parseManifest(bytes: Uint8Array): Manifest | null {
	try {
		const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Manifest;
		return typeof parsed === 'object' && parsed !== null && typeof parsed.tables === 'object' && parsed.tables !== null ? parsed : null;
	} catch {
		return null;
	}
}

async function checkTable(name: string, entry: Manifest['tables'][string], bytes: Uint8Array): Promise<Omit<Problem, 'file'> | undefined> {
	if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256)
		return { message: 'is not the file manifest.json lists (its size or checksum differs)', fix: REDOWNLOAD };
	let columns: string[];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		columns = parquetSchema(parquetMetadata(buffer)).children.map((child) => child.element.name);
	} catch {
		return { message: 'is not a Parquet file that can be read', fix: REDOWNLOAD };
	}
	const expected = CONTRACT_COLUMNS.get(name);
	if (expected === undefined)
		return { message: `holds a table "${name}" this dashboard does not know`, fix: 'remove it from the files and from manifest.json' };
	if (columns.join(',') !== expected.join(','))
		return { message: `has the columns ${columns.join(', ')}; the dashboard expects ${expected.join(', ')}`, fix: REDOWNLOAD };
	return undefined;
}
