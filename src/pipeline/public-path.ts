/**
 * How manifest.json names the input folder: it is published with the site, so it must not reveal the builder's
 * machine. A folder inside the working directory keeps its relative path (`data/sample`); any other folder is
 * named by its last part only.
 */
import path from 'node:path';

export function publicInputName(input: string, cwd = process.cwd()): string {
	const relative = path.relative(cwd, path.resolve(cwd, input));
	if (relative === '') return '.';
	if (relative.startsWith('..') || path.isAbsolute(relative)) return path.basename(path.resolve(cwd, input));
	return relative.split(path.sep).join('/');
}
