/**
 * The pipeline's whole bad-input catalogue through the browser's host (the open worker's path, duckdb-wasm's Node
 * build): each broken input, given as the folder a page would be given, gets exactly the problem lines
 * `npm run data` prints for it, file names relative to the folder's parent. Cases that only a file system can
 * hold (a named pipe, a device, a folder or a link in place of a file) cannot reach a browser, which is only
 * ever given bytes: they are listed here, and the CLI's own test covers them.
 */
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../../src/lib/open/open-types';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { CONTRACT_CASES } from '../pipeline/bad-input-contract';
import { HOSTILE_CASES } from '../pipeline/bad-input-hostile';
import { copyTiny, makeTempDir, removeDir } from '../pipeline/helpers';
import { openInNode } from './wasm-host';

const FILE_SYSTEM_ONLY = new Set([
	'a named pipe (FIFO) in place of a file',
	'/dev/zero in place of a file',
	'a folder named like an input file',
	'a symbolic link loop named like an input file',
	'a link to a file that does not exist',
	'an optional file that is a link loop (not taken for absent)',
	'a sample.json that is a named pipe'
]);
const CASES = [...CONTRACT_CASES, ...HOSTILE_CASES];
const BROWSER_CASES = CASES.filter((entry) => !FILE_SYSTEM_ONLY.has(entry.name));
/** Beyond this a file is a sparse one of the size cases: the page would hold that many bytes, all zero. */
const LARGE = 64 * 1024 * 1024;

let out: string;
beforeAll(async () => {
	out = path.join(await makeTempDir(), 'data');
	await mkdir(out);
});
afterAll(() => removeDir(path.dirname(out)));

describe('the bad-input catalogue through the browser host', () => {
	it('covers every case but those only a file system can hold', () => {
		expect(CASES.length - BROWSER_CASES.length).toBe(FILE_SYSTEM_ONLY.size);
		expect(BROWSER_CASES.length).toBeGreaterThan(60);
	});

	it.each(BROWSER_CASES)(
		'gives the CLI lines for $name',
		async ({ breakInput }) => {
			const input = await copyTiny();
			try {
				await breakInput(input);
				const cli = await runPipeline({ input, out });
				if (cli.ok) throw new Error('the pipeline accepted bad input');
				const browser = await openInNode(await chosenFolder(input));
				if (browser.ok) throw new Error('the browser host accepted bad input');
				const parent = `${path.dirname(input)}/`;
				expect(
					withMore(
						browser.problems.map((problem) => problem.text),
						browser.total
					)
				).toEqual(cli.problems.map((line) => line.replaceAll(parent, '')));
				for (const problem of browser.problems) expect(problem.text).toContain(problem.message.slice(0, 40).replace(/[\u0000-\u001f\u202e]/g, ''));
			} finally {
				await removeDir(path.dirname(input));
			}
		},
		60_000
	);
});

/** The folder as a page is given it; a sparse file of the size cases as the zeros it holds (never read from disk). */
async function chosenFolder(dir: string): Promise<OpenedFile[]> {
	const files: OpenedFile[] = [];
	for (const name of await readdir(dir)) {
		const file = path.join(dir, name);
		const info = await lstat(file);
		if (!info.isFile()) throw new Error(`${name} is not a regular file`);
		const bytes = info.size > LARGE ? new Uint8Array(info.size) : new Uint8Array(await readFile(file));
		files.push({ name: `${path.basename(dir)}/${name}`, bytes });
	}
	return files;
}

/** The CLI keeps the first 50 problems and says how many more; the page keeps more, so cut it the same way. */
function withMore(lines: string[], total: number): string[] {
	const kept = lines.slice(0, 50);
	return total > kept.length ? [...kept, `... and ${total - kept.length} more`] : kept;
}
