/**
 * Write an output folder atomically: everything goes into a fresh temporary sibling folder, which replaces
 * the old folder only when writing succeeded. On failure the old folder is untouched and the temp folder removed.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function writeFolderAtomically<T>(outDir: string, write: (tempDir: string) => Promise<T>): Promise<T> {
	const target = path.resolve(outDir);
	const temp = `${target}.tmp-${process.pid}`;
	await rm(temp, { recursive: true, force: true });
	await mkdir(temp, { recursive: true });
	try {
		const result = await write(temp);
		await swapIn(temp, target);
		return result;
	} catch (error) {
		await rm(temp, { recursive: true, force: true });
		throw error;
	}
}

async function swapIn(temp: string, target: string): Promise<void> {
	const old = `${target}.old-${process.pid}`;
	const hadOld = await isPresent(target);
	if (hadOld) await rename(target, old);
	try {
		await rename(temp, target);
	} catch (error) {
		if (hadOld) await rename(old, target);
		throw error;
	}
	if (hadOld) await rm(old, { recursive: true, force: true });
}

async function isPresent(file: string): Promise<boolean> {
	return stat(file).then(
		() => true,
		() => false
	);
}
