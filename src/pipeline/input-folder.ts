/**
 * The input folder on Node as the core's InputFiles: problems name each file by its path as typed (`data/sample/
 * responses.csv`), or by where `--real` put it; opening refuses anything but a regular file within the limits.
 */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFiles } from '../core/read/input-files';
import { openInputFile } from './input-file';
import { TABLE_SPECS, type TableName } from '../core/contract/input-spec';

/** `files` puts a table's file elsewhere than the input folder (e.g. imported real data in a temp folder). */
export function inputFolder(dir: string, files: Partial<Record<TableName, string>> = {}): InputFiles {
	const elsewhere = new Map(TABLE_SPECS.flatMap((spec) => (files[spec.name] ? [[spec.file, files[spec.name]!] as const] : [])));
	const label = (file: string) => elsewhere.get(file) ?? path.join(dir, file);
	return {
		folder: dir,
		label,
		has: (file) =>
			lstat(label(file)).then(
				() => true,
				() => false
			),
		size: (file) =>
			stat(label(file)).then(
				(info) => (info.isFile() ? info.size : 0),
				() => 0
			),
		open: (file, limit) => openInputFile(label(file), file, limit)
	};
}
