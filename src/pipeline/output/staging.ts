/**
 * Where a run writes before its output is swapped in, and recovery from runs that died. The staging folder is
 * the project's `.cache/pipeline-staging` (outside `static/`, so a site build never copies a half-written or
 * set-aside output), or a hidden sibling of the output when the cache is on another file system (renames must
 * stay on one). A run's folders carry its pid: `<key>.tmp-<pid>` while writing, `<key>.old-<pid>` for the
 * output it replaces, for the split second between two renames.
 */
import { createHash } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeFolder } from './make-folder';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
const CACHE_STAGING = path.join(PROJECT_ROOT, '.cache', 'pipeline-staging');

export interface Staging {
	/** The folder holding this output's temporary and set-aside folders. */
	dir: string;
	/** Names this output's folders there: `<key>.tmp-<pid>`, `<key>.old-<pid>`. */
	key: string;
}

/** The staging place of an output folder whose parent exists. */
export async function stagingOf(target: string): Promise<Staging> {
	const absolute = path.resolve(target);
	const parent = path.dirname(absolute);
	const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
	const key = `${path.basename(absolute)}-${hash}`;
	const [parentDevice, cacheDevice] = await Promise.all([deviceOf(parent), deviceOf(PROJECT_ROOT)]);
	if (parentDevice === cacheDevice) return { dir: CACHE_STAGING, key };
	return { dir: path.join(parent, `.${path.basename(absolute)}.staging`), key };
}

export const tempName = (staging: Staging, pid = process.pid) => path.join(staging.dir, `${staging.key}.tmp-${pid}`);
export const oldName = (staging: Staging, pid = process.pid) => path.join(staging.dir, `${staging.key}.old-${pid}`);

/**
 * Undo what dead runs left: when the output is missing and a dead run had set it aside, put it back; then delete
 * the dead runs' folders, also those the earlier layout left beside the output (`<out>.tmp-<pid>`, `<out>.old-<pid>`).
 */
export async function recoverOutput(target: string): Promise<void> {
	const absolute = path.resolve(target);
	const staging = await stagingOf(absolute);
	await makeFolder(staging.dir, absolute);
	const dead = [...(await deadRunFolders(staging.dir, staging.key)), ...(await deadRunFolders(path.dirname(absolute), path.basename(absolute)))];
	const setAside = dead.find((entry) => entry.kind === 'old');
	if (setAside && !(await exists(absolute))) await rename(setAside.path, absolute);
	for (const entry of dead) if (entry !== setAside || (await exists(setAside.path))) await rm(entry.path, { recursive: true, force: true });
}

/** The folders named `<key>.tmp-<pid>` or `<key>.old-<pid>` of processes that no longer run. */
export async function deadRunFolders(dir: string, key: string): Promise<{ path: string; kind: 'tmp' | 'old'; pid: number }[]> {
	const pattern = new RegExp(`^${escapeRegExp(key)}\\.(tmp|old)-(\\d+)$`);
	const names = await readdir(dir).catch(() => [] as string[]);
	return names
		.map((name) => ({ name, match: pattern.exec(name) }))
		.filter(({ match }) => match !== null && !isRunning(Number(match[2])))
		.map(({ name, match }) => ({ path: path.join(dir, name), kind: match![1] as 'tmp' | 'old', pid: Number(match![2]) }));
}

/**
 * Our own pid counts as dead: a folder with it was left by an earlier process that had the same pid. So does a
 * zombie: a killed run whose parent died too (tsx's node child) waits, dead, for an init that may never reap it.
 */
function isRunning(pid: number): boolean {
	if (pid === process.pid) return false;
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/** Linux only (/proc); elsewhere a zombie counts as running, which errs on the side of keeping its folder. */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
	} catch {
		return false;
	}
}

async function deviceOf(folder: string): Promise<number> {
	return (await stat(folder)).dev;
}

async function exists(file: string): Promise<boolean> {
	return stat(file).then(
		() => true,
		() => false
	);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
