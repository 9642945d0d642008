/**
 * Create a folder and its missing parents one level at a time. Node's `mkdir({ recursive: true })` spins forever
 * under /proc; here every level either exists as a folder or is created, and any failure names the level.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './output-error';

export async function makeFolder(folder: string, what: string): Promise<void> {
	const target = path.resolve(folder);
	const missing: string[] = [];
	let existing = target;
	while (!(await isFolder(existing, what))) {
		missing.unshift(existing);
		const parent = path.dirname(existing);
		if (parent === existing) break;
		existing = parent;
	}
	for (const level of missing) {
		try {
			await mkdir(level);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST' && (await isFolder(level, what))) continue;
			throw new OutputError(what, `cannot create the folder ${level} (${code ?? (error as Error).message})`, 'choose a folder you can write to');
		}
	}
}

/** Whether the path is a folder; false when it does not exist; an error when it is something else. */
async function isFolder(file: string, what: string): Promise<boolean> {
	try {
		const info = await stat(file);
		if (info.isDirectory()) return true;
		throw new OutputError(what, `${file} is a file, not a folder`, 'choose a path whose parents are folders');
	} catch (error) {
		if (error instanceof OutputError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return false;
		throw new OutputError(what, `cannot use ${file} (${code ?? (error as Error).message})`, 'choose a folder you can write to');
	}
}
