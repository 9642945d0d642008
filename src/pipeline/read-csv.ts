/**
 * Read one input CSV file on Node: open it as a regular file within the size limit and stream its bytes
 * through the host-agnostic reader (read-csv-chunks.ts). Returns the table or the problems found.
 */
import path from 'node:path';
import { openInputFile } from './input-file';
import { readCsvChunks, type CsvSpec, type ReadResult } from '../core/read/read-csv-chunks';

export type { CsvSpec, ReadResult } from '../core/read/read-csv-chunks';

export async function readCsv(spec: CsvSpec, file: string, limit?: number): Promise<ReadResult & { bytes: number }> {
	const opened = await openInputFile(file, spec.file ?? path.basename(file), limit);
	if (!opened.ok) return { ok: false, problems: [opened.problem], bytes: 0 };
	try {
		return { ...(await readCsvChunks(spec, file, opened.chunks)), bytes: opened.size };
	} finally {
		await opened.close();
	}
}
