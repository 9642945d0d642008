/**
 * Download the real sources from their public addresses into a cache folder, with fetched.json recording
 * when and each file's sha256. All files are downloaded before anything is written, so a failed or offline
 * run leaves the cache as it was.
 */
import { createHash } from 'node:crypto';
import { writeFilesAtomically } from './atomic-files';
import { RAW_GITHUB, upstreamFiles } from './upstream';

export const DEFAULT_CACHE = '.cache/real';
export const FETCHED_FILE = 'fetched.json';
export const OFFLINE_EXIT = 2;

export interface FetchOptions {
	out?: string;
	/** Replaces https://raw.githubusercontent.com (tests point it at a port where nothing listens). */
	baseUrl?: string;
	timeoutMs?: number;
	now?: Date;
}

export interface FetchedFile {
	file: string;
	url: string;
	sha256: string;
	bytes: number;
	/** null when `npm run data:import` reads the file as saved; else how to reshape it first. */
	reshape: string | null;
}

export type FetchOutcome = { ok: true; files: FetchedFile[]; written: string[] } | { ok: false; exitCode: 1 | 2; message: string };

export async function fetchSources({
	out = DEFAULT_CACHE,
	baseUrl = RAW_GITHUB,
	timeoutMs = 30_000,
	now = new Date()
}: FetchOptions = {}): Promise<FetchOutcome> {
	const contents = new Map<string, Uint8Array | string>();
	const files: FetchedFile[] = [];
	for (const upstream of upstreamFiles(baseUrl)) {
		const result = await download(upstream.url, timeoutMs);
		if (!result.ok) {
			const untouched = `${out} was not touched.`;
			if (!result.offline) return { ok: false, exitCode: 1, message: `could not download ${upstream.url}: ${result.reason}. ${untouched}` };
			const host = new URL(upstream.url).host;
			return {
				ok: false,
				exitCode: OFFLINE_EXIT,
				message: `offline: could not reach ${host}; use --from ../shared/data/real instead (${result.reason}). ${untouched}`
			};
		}
		contents.set(upstream.saveAs, result.bytes);
		files.push({ file: upstream.saveAs, url: upstream.url, sha256: sha256(result.bytes), bytes: result.bytes.length, reshape: upstream.reshape });
	}
	contents.set(FETCHED_FILE, JSON.stringify({ fetched_at: now.toISOString(), files }, null, 2) + '\n');
	return { ok: true, files, written: await writeFilesAtomically(out, contents) };
}

type Download = { ok: true; bytes: Uint8Array } | { ok: false; offline: boolean; reason: string };

async function download(url: string, timeoutMs: number): Promise<Download> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
		if (!response.ok) return { ok: false, offline: false, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
		return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
	} catch (error) {
		return { ok: false, offline: true, reason: networkReason(error) };
	}
}

/** fetch() rejects with a TypeError whose cause holds the system error code, or a TimeoutError. */
function networkReason(error: unknown): string {
	if (error instanceof Error && error.name === 'TimeoutError') return 'no answer within the timeout';
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
