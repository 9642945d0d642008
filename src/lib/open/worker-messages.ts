/** What the open worker and the page say to each other. */
import type { EngineBundles } from '../db/duckdb-start';
import type { Manifest } from '../schema';
import type { OpenedFile, OpenProgress, OpenResult } from './open-types';
import type { WrittenParquet } from './write-opened-parquet';

/**
 * The page's: first the site's duckdb-wasm bundles (the worker starts its engine from them), then the files to open,
 * or scored data to write as Parquet (its manifest and the Arrow bytes of its tables).
 */
export type WorkerRequest =
	{ type: 'engine'; bundles: EngineBundles } | { type: 'open'; files: OpenedFile[] } | { type: 'write'; manifest: Manifest; arrow: Record<string, Uint8Array> };

export type WorkerReply =
	| { type: 'progress'; progress: OpenProgress }
	| { type: 'result'; result: OpenResult }
	| { type: 'written'; written: WrittenParquet }
	| { type: 'error'; message: string };

/** The distinct buffers under these byte arrays (a buffer listed twice cannot be transferred). */
export function transferablesOf(arrays: Uint8Array[]): ArrayBuffer[] {
	return [...new Set(arrays.map((bytes) => bytes.buffer as ArrayBuffer))].filter((buffer) => buffer.byteLength > 0);
}
