/**
 * The files a user chose or dropped, as the core takes them: each file's name (its folder-relative path when a folder
 * was chosen) and its bytes, read with `arrayBuffer()` (off the main thread's critical path; nothing is parsed here).
 */
import type { OpenedFile } from './open-api';

/** A chosen file with the path it had inside a chosen or dropped folder. */
export interface PickedFile {
	file: File;
	path: string;
}

export const fromFileList = (files: FileList | File[]): PickedFile[] => [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));

/**
 * A drop's files and folders. `webkitGetAsEntry` must be called while the drop event runs; the folders are then
 * walked asynchronously. Browsers without it give the dropped files only.
 */
export function fromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
	const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
	if (entries.length === 0 || entries.some((entry) => entry === null)) return Promise.resolve(fromFileList(transfer.files));
	return Promise.all(entries.map((entry) => walk(entry!))).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry): Promise<PickedFile[]> {
	const path = entry.fullPath.replace(/^\//, '');
	if (entry.isFile) {
		const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
		return [{ file, path }];
	}
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	const children: FileSystemEntry[] = [];
	// readEntries returns the folder in batches (100 in Chromium) until an empty one.
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
		if (batch.length === 0) break;
		children.push(...batch);
	}
	return (await Promise.all(children.map(walk))).flat();
}

/** Reads every file's bytes; stops at the first abort. */
export async function readPicked(picked: PickedFile[], signal?: AbortSignal, onFile?: (path: string, done: number) => void): Promise<OpenedFile[]> {
	const files: OpenedFile[] = [];
	for (const [index, { file, path }] of picked.entries()) {
		signal?.throwIfAborted();
		onFile?.(path, index);
		files.push({ name: path, bytes: new Uint8Array(await file.arrayBuffer()) });
	}
	return files;
}
