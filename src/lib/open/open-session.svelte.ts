/**
 * One attempt to open the user's files: read them, hand them to the core (validation and scoring in a Web Worker),
 * and on success keep them in this browser and switch every page to them. One instance per page load, so that the
 * outcome stays on screen when the page is redrawn from the opened data.
 */
import { invalidateAll } from '$app/navigation';
import { prepareEngine, resetDb } from '$lib/db/client';
import { readPicked, type PickedFile } from './pick-files';
import type { OpenProblem, OpenProgress } from './open-api';
import { openedWithParquet } from './opened-parquet';
import { saveOpened, type OpenedSummary } from './opened-store';

export type OpenStatus = 'idle' | 'working' | 'problems' | 'done' | 'cancelled' | 'error';

/** At most this many problems are listed on the page; the CSV has them all. */
export const PROBLEMS_SHOWN = 100;

/**
 * How long after the data is open its Parquet files start being written: the reader's next page (the overview, in
 * about a second on a 2-core machine) draws first, without the writing competing for the cores.
 */
const PARQUET_AFTER_MS = 2000;

/** Marks on the page's timeline: files chosen, their bytes read, the worker's answer, the data saved in this browser. */
export const OPEN_MARKS = ['open:chosen', 'open:files', 'open:worker', 'open:saved'] as const;

class OpenSession {
	status = $state<OpenStatus>('idle');
	progress = $state.raw<OpenProgress | null>(null);
	problems = $state.raw<OpenProblem[]>([]);
	total = $state(0);
	error = $state<string | null>(null);
	opened = $state.raw<OpenedSummary | null>(null);
	#controller: AbortController | null = null;

	async open(picked: PickedFile[]): Promise<void> {
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		const { signal } = controller;
		Object.assign(this, { status: 'working', problems: [], total: 0, error: null, opened: null });
		this.progress = { step: 'read', done: 0, total: picked.length };
		// The timeline of an opening (read by `npm run bench:open -- --chromium`): files read here, the worker's steps, saved.
		for (const name of OPEN_MARKS) performance.clearMarks(name);
		performance.clearMeasures('open:worker');
		performance.mark('open:chosen');
		try {
			const files = await readPicked(picked, signal, (file, done) => (this.progress = { step: 'read', file, done, total: picked.length }));
			performance.mark('open:files');
			// The pages' own engine (started when /open/ appeared): the pages drawn next only load their tables into it.
			prepareEngine();
			const { openData } = await import('./open-api');
			const result = await openData(files, { signal, onProgress: (progress) => !signal.aborted && (this.progress = progress) });
			signal.throwIfAborted();
			performance.mark('open:worker');
			if (!result.ok) {
				Object.assign(this, { status: 'problems', problems: result.problems, total: result.total });
				return;
			}
			// The worker's own split (read, validate, score, load), kept with its wall time on the page.
			const detail = { timings: result.timings, responses: result.manifest.tables.responses?.rows ?? 0 };
			performance.measure('open:worker', { start: 'open:files', end: 'open:worker', detail });
			const summary: OpenedSummary = {
				files: picked.map((file) => file.path),
				reports: result.manifest.tables.reports?.rows ?? 0,
				conventions: result.manifest.tables.conventions?.rows ?? 0,
				openedAt: new Date().toISOString()
			};
			await saveOpened({ ...summary, manifest: result.manifest, tables: result.tables, arrow: result.arrow, parquetPending: result.parquetPending });
			performance.mark('open:saved');
			resetDb();
			this.opened = summary;
			this.status = 'done';
			// The pages read the Arrow; the Parquet files are written once the next page has drawn (a page that needs
			// them asks at once; a failure is shown there).
			if (result.parquetPending) setTimeout(() => void openedWithParquet().catch(() => undefined), PARQUET_AFTER_MS);
			await invalidateAll();
		} catch (error) {
			if (signal.aborted) this.status = 'cancelled';
			else Object.assign(this, { status: 'error', error: error instanceof Error ? error.message : String(error) });
		} finally {
			if (this.#controller === controller) this.#controller = null;
		}
	}

	cancel(): void {
		this.#controller?.abort();
		this.status = 'cancelled';
	}
}

export const openSession = new OpenSession();
