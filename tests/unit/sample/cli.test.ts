import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');
const CLI = join('src', 'pipeline', 'sample', 'cli.ts');

async function fails(args: string[]) {
	const error = await run(TSX, [CLI, ...args]).then(
		() => null,
		(failure: { code: number; stderr: string }) => failure
	);
	expect(error?.code).toBe(1);
	expect(error?.stderr).toContain('Usage: npm run data:sample');
	return error!.stderr;
}

it('prints usage and exits 1 on a bad argument', async () => {
	const [unknown, notANumber, negative] = await Promise.all([fails(['--size', '10']), fails(['--responses', 'many']), fails(['--seed', '-1'])]);
	expect(unknown).toMatch(/size/);
	expect(notANumber).toContain('--responses must be an integer');
	expect(negative).toContain('--seed');
});

it('writes the files it lists and exits 0', async () => {
	const outDir = await mkdtemp(join(tmpdir(), 'sample-cli-'));
	try {
		const { stdout } = await run(TSX, [CLI, '--out', outDir, '--responses', '2000', '--seed', '7']);
		expect(stdout).toMatch(/responses\.csv\s+[\d,]+ rows/);
		expect(JSON.parse(await readFile(join(outDir, 'sample.json'), 'utf8')).seed).toBe(7);
	} finally {
		await rm(outDir, { recursive: true, force: true });
	}
});
