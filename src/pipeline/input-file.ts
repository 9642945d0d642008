/**
 * Open an input file for reading, on Node: regular files only (a named pipe would block forever, a device such
 * as /dev/zero never ends), within the size limits, read in chunks. Every refusal is a problem naming the file.
 */
import { constants } from 'node:fs';
import { lstat, open, readlink, type FileHandle } from 'node:fs/promises';
import { fileTooLarge, INPUT_LIMITS, missingFile, type OpenedInput } from '../core/read/input-files';

export { INPUT_LIMITS, megabytes, type OpenedInput } from '../core/read/input-files';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** `name` is the file's name in the contract, for the fix of a missing file. */
export async function openInputFile(file: string, name: string, limit = INPUT_LIMITS.fileBytes): Promise<OpenedInput> {
	const fail = (message: string, fix: string): OpenedInput => ({ ok: false, problem: { file, message, fix } });
	let handle: FileHandle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return fail('is a symbolic link that leads back to itself (a link loop)', `replace the link with the ${name} file itself`);
		if (code === 'ENOENT') {
			const target = await dangling(file);
			if (target !== null) return fail(`is a symbolic link to ${target}, which does not exist`, `point the link at an existing file, or put ${name} there`);
			return { ok: false, problem: missingFile(file, name) };
		}
		if (code === 'EACCES' || code === 'EPERM') return fail('file cannot be read (permission denied)', 'give yourself read permission on the file');
		return fail(`file cannot be opened (${code ?? (error as Error).message})`, `check that ${name} is a readable file`);
	}
	const info = await handle.stat();
	const kind = info.isDirectory()
		? 'a folder'
		: info.isFIFO()
			? 'a named pipe (FIFO)'
			: info.isCharacterDevice() || info.isBlockDevice()
				? 'a device'
				: info.isSocket()
					? 'a socket'
					: null;
	if (kind !== null || !info.isFile()) {
		await handle.close();
		return fail(`is ${kind ?? 'not a regular file'}, not a regular file`, `put the ${name} file itself in the input folder`);
	}
	const tooLarge = fileTooLarge(file, info.size, limit);
	if (tooLarge) {
		await handle.close();
		return { ok: false, problem: tooLarge };
	}
	return { ok: true, size: info.size, chunks: readChunks(handle), close: () => handle.close().catch(() => undefined) };
}

async function* readChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
	for (;;) {
		const buffer = new Uint8Array(CHUNK_BYTES);
		const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
		if (bytesRead === 0) return;
		yield buffer.subarray(0, bytesRead);
	}
}

async function dangling(file: string): Promise<string | null> {
	try {
		if (!(await lstat(file)).isSymbolicLink()) return null;
		return await readlink(file);
	} catch {
		return null;
	}
}
