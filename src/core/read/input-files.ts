/**
 * The input files as the core sees them, whatever host holds them: the Node CLI's folder on disk, or the files a
 * browser page was given. Each file is named by its contract name (`responses.csv`, `sample.json`); the host says
 * how problems name it (the path as typed on the command line, or the name the user chose) and opens it.
 */
import type { Problem } from '../problems';

export type OpenedInput = { ok: true; size: number; chunks: AsyncIterable<Uint8Array>; close(): Promise<void> } | { ok: false; problem: Problem };

export interface InputFiles {
	/** The input as a whole, as a problem about all its files names it. */
	readonly folder: string;
	/** How problems name this contract file. */
	label(file: string): string;
	/** Given in any form (a link loop or a folder too, so that opening it says what is wrong). */
	has(file: string): Promise<boolean>;
	/** Bytes of a regular file; 0 for anything else or a file not given. */
	size(file: string): Promise<number>;
	/** Open the file for reading within `limit` bytes; every refusal is a problem naming the file. */
	open(file: string, limit?: number): Promise<OpenedInput>;
}

/** The input's files held in memory, as a browser page has them: contract file name → bytes. */
export function filesInMemory(folder: string, files: ReadonlyMap<string, { label: string; bytes: Uint8Array }>, chunkBytes = 4 * 1024 * 1024): InputFiles {
	return {
		folder,
		label: (file) => files.get(file)?.label ?? (folder === '' ? file : `${folder}/${file}`),
		has: async (file) => files.has(file),
		size: async (file) => files.get(file)?.bytes.length ?? 0,
		async open(file, limit) {
			const label = files.get(file)?.label ?? (folder === '' ? file : `${folder}/${file}`);
			const given = files.get(file);
			if (!given) return { ok: false, problem: missingFile(label, file) };
			const tooLarge = fileTooLarge(label, given.bytes.length, limit);
			if (tooLarge) return { ok: false, problem: tooLarge };
			return { ok: true, size: given.bytes.length, chunks: chunksOf(given.bytes, chunkBytes), close: async () => {} };
		}
	};
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
	for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

const MB = 1024 * 1024;
/**
 * Limits stated in the README ("Bad input"): one file, and all input files of one run together. Measured: a
 * 598 MB responses.csv (20.4 million responses) builds; memory, not the reader, is what bounds larger inputs.
 */
export const INPUT_LIMITS = { fileBytes: 640 * MB, totalBytes: 1024 * MB };

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** `name` is the file's name in the contract. */
export function missingFile(file: string, name: string): Problem {
	return { file, message: 'file is missing', fix: `add ${name} to the input folder` };
}

export function fileTooLarge(file: string, size: number, limit = INPUT_LIMITS.fileBytes): Problem | null {
	if (size <= limit) return null;
	return {
		file,
		message: `file is ${megabytes(size)}; the limit is ${megabytes(limit)} per file`,
		fix: 'split the data into several inputs, or remove rows that are not needed'
	};
}

export function inputTooLarge(folder: string, total: number): Problem | null {
	if (total <= INPUT_LIMITS.totalBytes) return null;
	return {
		file: folder,
		message: `the input files are ${megabytes(total)} together; the limit is ${megabytes(INPUT_LIMITS.totalBytes)}`,
		fix: 'build from a smaller input (e.g. fewer cycles or conventions at a time)'
	};
}
