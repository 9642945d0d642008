/**
 * The browser host's path in Node: the open worker's openInput over duckdb-wasm's Node build (blocking, set up and
 * locked like the worker's engine); and a folder read as the files a page would be given.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeWasmCoreEngine } from '../../../src/lib/open/node-wasm-engine';
import { openInput } from '../../../src/lib/open/open-input';
import type { OpenedFile, OpenResult } from '../../../src/lib/open/open-types';

/** Every file under `dir`, named `<folder name>/<relative path>` as a page given the folder would name it. */
export async function folderAsChosen(dir: string): Promise<OpenedFile[]> {
	const files: OpenedFile[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files.push({ name: path.join(path.basename(dir), path.relative(dir, file)).split(path.sep).join('/'), bytes: new Uint8Array(await readFile(file)) });
	}
	return files;
}

/** Open the chosen files the way the worker does, on a fresh duckdb-wasm. */
export function openInNode(files: OpenedFile[]): Promise<OpenResult> {
	return openInput(files, { engine: nodeWasmCoreEngine });
}
