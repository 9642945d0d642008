/**
 * Write a set of files into a folder all-or-nothing: everything is written into a temporary sibling folder
 * first and moved in only when all writes succeeded. Other files in the folder are left alone.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFilesAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string[]> {
	const target = path.resolve(outDir);
	const temp = `${target}.tmp-${process.pid}`;
	await rm(temp, { recursive: true, force: true });
	await mkdir(temp, { recursive: true });
	try {
		for (const [name, content] of files) await writeFile(path.join(temp, name), content);
		await mkdir(target, { recursive: true });
		for (const name of files.keys()) await rename(path.join(temp, name), path.join(target, name));
		return [...files.keys()].map((name) => path.join(outDir, name));
	} finally {
		await rm(temp, { recursive: true, force: true });
	}
}
