/**
 * The output folder is replaced as a whole, so the pipeline only accepts one it owns: a folder that does not
 * exist yet, an empty folder, or a previous output (its manifest.json lists every other file in it). It refuses
 * the input folders, anything containing them or inside them, a file, a symbolic link, and any other folder.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './output-error';

const MANIFEST = 'manifest.json';
const CHOOSE = 'choose an empty or new folder for --out, e.g. --out static/data';

/** Throws an OutputError when `out` may not be replaced; `inputs` are the folders read from. */
export async function checkOutputFolder(out: string, inputs: string[]): Promise<void> {
	const target = await resolveReal(out);
	for (const input of inputs) {
		const source = await resolveReal(input);
		if (target === source) throw new OutputError(out, `--out is the input folder ${input}; replacing it would delete the input`, CHOOSE);
		if (isInside(source, target)) throw new OutputError(out, `--out contains the input folder ${input}; replacing it would delete the input`, CHOOSE);
		if (isInside(target, source)) throw new OutputError(out, `--out is inside the input folder ${input}`, `${CHOOSE}, outside the input folder`);
	}
	const info = await lstat(out).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return null;
		throw new OutputError(out, `cannot read --out (${error.code ?? error.message})`, CHOOSE);
	});
	if (info === null) return;
	if (info.isSymbolicLink())
		throw new OutputError(
			out,
			'--out is a symbolic link; the pipeline would replace the link, not what it points to',
			'give the folder the link points to as --out'
		);
	if (!info.isDirectory()) throw new OutputError(out, '--out is a file, not a folder; the pipeline would replace it', CHOOSE);
	const foreign = await foreignEntries(out);
	if (foreign.length > 0) {
		const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
		throw new OutputError(
			out,
			`--out is a folder the pipeline did not write (it holds ${shown}); replacing it would delete them`,
			`${CHOOSE}, or move those files out of it`
		);
	}
}

/** Entries that are not part of a previous output: everything unless manifest.json lists the rest. */
async function foreignEntries(folder: string): Promise<string[]> {
	const entries = (await readdir(folder)).sort();
	if (entries.length === 0) return [];
	const listed = await listedFiles(path.join(folder, MANIFEST));
	if (listed === null) return entries;
	return entries.filter((name) => name !== MANIFEST && !listed.has(name));
}

async function listedFiles(manifestFile: string): Promise<Set<string> | null> {
	try {
		const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
			built_at?: unknown;
			tables?: Record<string, { file?: unknown }>;
			partitions?: Record<string, { parts?: Record<string, { file?: unknown }> }>;
		};
		if (typeof manifest.built_at !== 'string' || typeof manifest.tables !== 'object' || manifest.tables === null) return null;
		// A table written in parts has a folder of its own (responses/KEN.parquet): the folder is the output's.
		const partFolders = Object.values(manifest.partitions ?? {}).flatMap((table) =>
			Object.values(table.parts ?? {}).map((part) => String(part.file).split('/')[0])
		);
		return new Set([...Object.values(manifest.tables).map((table) => String(table.file)), ...partFolders]);
	} catch {
		return null;
	}
}

/** The real path of `file`, resolving symbolic links of the part that exists (the rest is appended as is). */
export async function resolveReal(file: string): Promise<string> {
	const absolute = path.resolve(file);
	const rest: string[] = [];
	let existing = absolute;
	for (;;) {
		try {
			return path.join(await realpath(existing), ...rest);
		} catch {
			const parent = path.dirname(existing);
			if (parent === existing) return absolute;
			rest.unshift(path.basename(existing));
			existing = parent;
		}
	}
}

export function isInside(child: string, parent: string): boolean {
	const relative = path.relative(parent, child);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
