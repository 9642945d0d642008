/**
 * Unpack a chosen .zip with fflate, streaming, so that a zip bomb is stopped by what it really unpacks to, not by
 * the sizes it claims: each entry within the per-file limit, all of them within the total limit of an input.
 * Folders and the entries macOS adds (`__MACOSX/`, `._name`) are skipped.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { INPUT_LIMITS, megabytes } from '../../core/read/input-files';
import type { Problem } from '../../core/problems';
import type { OpenedFile } from './open-types';

export type Unzipped = { ok: true; files: OpenedFile[] } | { ok: false; problem: Problem };

const SLICE = 16 * 1024;
const SPLIT = 'split the data into several inputs, or remove rows that are not needed';

export function unzipInput(zip: OpenedFile, limits = INPUT_LIMITS): Unzipped {
	const files: OpenedFile[] = [];
	let total = 0;
	let problem: Problem | null = null;
	const unzip = new Unzip((entry: UnzipFile) => {
		if (problem !== null || skipped(entry.name)) return;
		const label = `${zip.name}/${entry.name}`;
		if (entry.originalSize !== undefined && entry.originalSize > limits.fileBytes) {
			problem = overFile(label, entry.originalSize, limits.fileBytes, '');
			return;
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		entry.ondata = (error, data, final) => {
			if (problem !== null) return;
			if (error) {
				problem = { file: label, message: `cannot be unpacked (${error.message})`, fix: 'make the zip again, or open the CSV files themselves' };
				return;
			}
			size += data.length;
			total += data.length;
			if (size > limits.fileBytes) problem = overFile(label, size, limits.fileBytes, ' or more');
			else if (total > limits.totalBytes) problem = overTotal(zip.name, total, limits.totalBytes);
			if (problem !== null) return entry.terminate();
			chunks.push(data);
			if (final) files.push({ name: label, bytes: join(chunks, size) });
		};
		entry.start();
	});
	unzip.register(UnzipInflate);
	try {
		// Small slices: each one inflates to at most ~1,000 times its size, so no bomb is ever unpacked whole.
		for (let at = 0; at < zip.bytes.length && problem === null; at += SLICE) unzip.push(zip.bytes.subarray(at, at + SLICE), at + SLICE >= zip.bytes.length);
	} catch (error) {
		problem ??= {
			file: zip.name,
			message: `is not a zip file that can be read (${(error as Error).message})`,
			fix: 'make the zip again, or open the CSV files themselves'
		};
	}
	if (problem !== null) return { ok: false, problem };
	if (files.length === 0)
		return {
			ok: false,
			problem: {
				file: zip.name,
				message: 'holds no files (or is not a zip file)',
				fix: 'zip the contract folder with its CSV files, or open the CSV files themselves'
			}
		};
	return { ok: true, files };
}

const skipped = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name);

function overFile(file: string, size: number, limit: number, more: string): Problem {
	return { file, message: `file unpacks to ${megabytes(size)}${more}; the limit is ${megabytes(limit)} per file`, fix: SPLIT };
}

function overTotal(file: string, total: number, limit: number): Problem {
	return { file, message: `the files in the zip unpack to ${megabytes(total)} or more together; the limit is ${megabytes(limit)}`, fix: SPLIT };
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
