/**
 * One user query at a time on the console's engine: refused statements never reach it; the query runs
 * wrapped read-only into a temporary result table, with Cancel and a time limit. A cancelled query is
 * interrupted in the worker (duckdb-wasm's cancelSent); if the worker does not stop soon after, it is
 * terminated and a fresh engine started, so the page always stays usable.
 */
import type { Table } from 'apache-arrow';
import { readOnlyQuery, refusal, refusalOfError, RESULT_TABLE, resultTableQuery, userFacingError, type Refusal } from '../queries/sql-console/guard';
import type { Manifest } from '../schema';
import { startConsoleEngine, type ConsoleEngine } from './console-engine';

export const TIME_LIMIT_MS = 30_000;
/** Rows brought to the page (the table is virtualised); the total is always counted. */
export const SHOWN_MAX = 1_000_000;
/** How long a cancelled query may take to stop before its worker is terminated. */
const STOP_GRACE_MS = 5_000;

export type Outcome =
	| { kind: 'rows'; table: Table; total: number; elapsedMs: number }
	| { kind: 'refused'; refusal: Refusal; message: string | null }
	| { kind: 'error'; message: string }
	| { kind: 'cancelled'; reason: 'user' | 'timeout'; elapsedMs: number };

type Stop = 'user' | 'timeout';

export class ConsoleSession {
	#engine: Promise<ConsoleEngine>;
	#cancel: ((reason: Stop) => void) | null = null;

	constructor(
		private readonly manifest: Manifest,
		private readonly start: (manifest: Manifest) => Promise<ConsoleEngine> = startConsoleEngine
	) {
		this.#engine = start(manifest);
	}

	get engine(): Promise<ConsoleEngine> {
		return this.#engine;
	}

	get running(): boolean {
		return this.#cancel !== null;
	}

	/** Start the engine again (after a failed start). */
	retry(): Promise<ConsoleEngine> {
		this.#engine = this.start(this.manifest);
		return this.#engine;
	}

	cancel(): void {
		this.#cancel?.('user');
	}

	async run(text: string, timeLimitMs = TIME_LIMIT_MS): Promise<Outcome> {
		if (this.#cancel) throw new Error('A query is already running');
		const refused = refusal(text);
		if (refused) return { kind: 'refused', refusal: refused, message: null };
		const engine = await this.#engine;
		const connection = engine.connection;
		const started = performance.now();
		let stopped: Stop | null = null;
		let stop!: () => void;
		const stopping = new Promise<'stopped'>((resolve) => (stop = () => resolve('stopped')));
		this.#cancel = (reason) => {
			if (stopped) return;
			stopped = reason;
			connection.cancelSent().catch(() => {});
			setTimeout(stop, STOP_GRACE_MS);
		};
		const timer = setTimeout(() => this.#cancel?.('timeout'), timeLimitMs);
		try {
			const check = await connection.prepare(readOnlyQuery(text));
			await check.close();
			const done = connection.send(resultTableQuery(text)).then((reader) => reader.readAll());
			done.catch(() => {});
			if ((await Promise.race([done, stopping])) === 'stopped') {
				await this.#restart(engine);
				return { kind: 'cancelled', reason: stopped ?? 'user', elapsedMs: performance.now() - started };
			}
			if (stopped) return { kind: 'cancelled', reason: stopped, elapsedMs: performance.now() - started };
			clearTimeout(timer);
			const [count] = (await connection.query(`SELECT count(*)::DOUBLE AS n FROM ${RESULT_TABLE}`)).toArray();
			const table = await connection.query(`SELECT * FROM ${RESULT_TABLE} LIMIT ${SHOWN_MAX}`);
			await connection.query(`DROP TABLE ${RESULT_TABLE}`);
			return { kind: 'rows', table, total: Number(count.n), elapsedMs: performance.now() - started };
		} catch (error) {
			if (stopped) return { kind: 'cancelled', reason: stopped, elapsedMs: performance.now() - started };
			const message = userFacingError(error instanceof Error ? error.message : String(error));
			const reason = refusalOfError(message);
			return reason ? { kind: 'refused', refusal: reason, message } : { kind: 'error', message };
		} finally {
			clearTimeout(timer);
			this.#cancel = null;
		}
	}

	async #restart(engine: ConsoleEngine): Promise<void> {
		await engine.terminate().catch(() => {});
		this.#engine = this.start(this.manifest);
		await this.#engine;
	}
}
