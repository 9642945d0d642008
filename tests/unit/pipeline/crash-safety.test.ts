/**
 * The output is whole at every instant a run can die. A run killed at random moments leaves the previous output
 * byte for byte (or, when it died after the swap, the new output whole), nothing beside it that a site build
 * would copy, and the next run succeeds and clears what the dead run left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/schema';
import { recoverOutput, stagingOf } from '../../../src/pipeline/output/staging';
import { hashTree, leftovers, makeTempDir, removeDir, TINY } from './helpers';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/pipeline/cli.ts');
const env = { ...process.env, REAL_DATA_DIR: '' };
const KILLS = 15;
const DEAD_PID = 2 ** 22 + 1; // above Linux's pid_max default: never a running process

let root: string;
let site: string;
let out: string;
let previous: Record<string, string>;
beforeAll(async () => {
	root = await makeTempDir();
	site = path.join(root, 'static');
	out = path.join(site, 'data');
	expect(spawnSync(TSX, [CLI, '--input', TINY, '--out', out], { env, encoding: 'utf8' }).status).toBe(0);
	previous = await hashTree(out);
}, 60_000);
afterAll(() => removeDir(root));

/** The output is the previous one byte for byte, or a new one whose files all match its manifest. */
async function expectWholeOutput(): Promise<'previous' | 'new'> {
	const now = await hashTree(out);
	if (JSON.stringify(now) === JSON.stringify(previous)) return 'previous';
	const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
	const listed = [...Object.values(manifest.tables), ...Object.values(manifest.partitions ?? {}).flatMap((table) => Object.values(table.parts))];
	expect(Object.keys(now).sort()).toEqual([...listed.map((table) => table.file), 'manifest.json'].sort());
	for (const table of listed)
		expect(
			createHash('sha256')
				.update(await readFile(path.join(out, table.file)))
				.digest('hex')
		).toBe(table.sha256);
	return 'new';
}

/** Where a run's temporary folder can appear: the staging place, and beside the output (the earlier layout). */
async function writing(): Promise<boolean> {
	const { dir } = await stagingOf(out);
	const names = [...(await readdir(dir).catch(() => [] as string[])), ...(await readdir(site))];
	return names.some((name) => name.includes('.tmp-'));
}

/**
 * Start a run and SIGKILL it: after `ms`, or, with `whileWriting`, `ms` after its temporary folder appeared
 * (a run spends most of its time validating; the moments that matter are while it writes and swaps).
 */
function killAfter(ms: number, whileWriting: boolean): Promise<void> {
	return new Promise((resolve) => {
		const child = spawn(TSX, [CLI, '--input', TINY, '--out', out], { env, stdio: 'ignore', detached: true });
		let exited = false;
		const kill = () =>
			setTimeout(() => {
				if (!exited) process.kill(-child.pid!, 'SIGKILL');
			}, ms);
		let timer = whileWriting ? undefined : kill();
		const poll = whileWriting
			? setInterval(async () => {
					if (timer === undefined && (await writing()) && !exited) timer = kill();
				}, 2)
			: undefined;
		child.on('exit', () => {
			exited = true;
			clearTimeout(timer);
			clearInterval(poll);
			resolve();
		});
	});
}

describe('crash safety', () => {
	it(`keeps a whole output when a run is killed at ${KILLS} random moments`, { timeout: 120_000 }, async () => {
		const seen = { previous: 0, new: 0 };
		for (let i = 0; i < KILLS; i++) {
			const whileWriting = i % 3 !== 0;
			await killAfter(Math.round(whileWriting ? Math.random() * 400 : 200 + Math.random() * 5000), whileWriting);
			expect(await readdir(site), 'nothing beside the output for a site build to copy').toEqual(['data']);
			await recoverOutput(out);
			seen[await expectWholeOutput()]++;
			previous = await hashTree(out);
		}
		expect(seen.previous + seen.new).toBe(KILLS);
		console.log(`after ${KILLS} kills: previous output ${seen.previous} times, new output ${seen.new} times`);
		const later = spawnSync(TSX, [CLI, '--input', TINY, '--out', out], { env, encoding: 'utf8' });
		expect(later.status, later.stderr).toBe(0);
		expect(await leftovers(out)).toEqual([]);
	});

	it('puts back the output set aside by a run that died between the two renames, and clears its folders', { timeout: 60_000 }, async () => {
		const before = await hashTree(out);
		const staging = await stagingOf(out);
		await mkdir(staging.dir, { recursive: true });
		await cp(out, path.join(staging.dir, `${staging.key}.tmp-${DEAD_PID}`), { recursive: true });
		await cp(out, path.join(staging.dir, `${staging.key}.old-${DEAD_PID}`), { recursive: true });
		await rm(out, { recursive: true });
		const result = spawnSync(TSX, [CLI, '--input', path.join(root, 'missing'), '--out', out], { env, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(await hashTree(out)).toEqual(before);
		expect(await leftovers(out)).toEqual([]);
	});

	it('clears the folders that the earlier layout left beside the output', { timeout: 60_000 }, async () => {
		await cp(out, `${out}.tmp-${DEAD_PID}`, { recursive: true });
		await cp(out, `${out}.old-${DEAD_PID}`, { recursive: true });
		expect(spawnSync(TSX, [CLI, '--input', TINY, '--out', out], { env }).status).toBe(0);
		expect(await readdir(site)).toEqual(['data']);
	});
});
