/** The shapes `openData` (open-api.ts) takes and gives, shared by the page, the worker and the host. */
import type { Manifest } from '../schema';

/** A chosen file: its name, or its path inside a chosen folder or zip (e.g. "mydata/responses.csv"). */
export interface OpenedFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * read: files collected (a zip unpacked); validate: the contract's checks; score: the engine started, the tables
 * loaded into it and scored; load: the output tables handed over as Arrow (what the page's engine loads), and, when
 * the whole opening runs at once (`openInput`), written as Parquet (what is kept and downloaded).
 */
export type OpenStep = 'read' | 'validate' | 'score' | 'load';

export interface OpenProgress {
	step: OpenStep;
	file?: string;
	done: number;
	total: number;
}

export interface OpenProblem {
	file: string;
	line?: number;
	column?: string;
	message: string;
	fix?: string;
	/** The exact line `npm run data` prints for this problem. */
	text: string;
}

export type OpenResult =
	| {
			ok: true;
			manifest: Manifest;
			/** Table file name in the manifest → its Parquet bytes (none while `parquetPending`). */
			tables: Record<string, Uint8Array>;
			/** Table file name → the same table as an Arrow IPC stream, which the page's engine inserts as it is (scored input only). */
			arrow?: Record<string, Uint8Array>;
			/** Scored, the Parquet not written yet: `tables` is empty and the manifest's tables have no bytes or checksum. */
			parquetPending?: boolean;
			timings: Record<OpenStep, number>;
	  }
	| { ok: false; problems: OpenProblem[]; total: number };
