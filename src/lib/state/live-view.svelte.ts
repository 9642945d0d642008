/**
 * A page's view of the data: starts from what was prerendered at build time, and once DuckDB is up
 * answers filter changes with the same query run in the browser. The database is injected, so the
 * class runs in Node tests too.
 */
import type { Db } from '$lib/db/connection';
import { Latest } from './latest';

export type ViewStatus = 'ready' | 'updating' | 'error';
export type EngineStatus = 'starting' | 'ready' | 'error';

export interface LiveViewOptions<F, T> {
	/** The prerendered view; null when the build did not render one (then the first `show` loads it). */
	initial: T | null;
	initialFilters: F;
	/** The page's query: the same function the prerender ran. */
	load: (db: Db, filters: F) => Promise<T>;
	/**
	 * The initial view was computed by the engine itself (from the user's opened data): the engine is up with the
	 * page's tables, so warming it would only run the same query again.
	 */
	initialFromEngine?: boolean;
	/** Tables the page needs, loaded when the engine warms up. */
	tables: readonly string[];
	connect: () => Promise<Db>;
	/** Forgets a failed connection so that a retry starts again. */
	reset?: () => void;
}

export class LiveView<F, T> {
	data = $state.raw<T | null>(null);
	filters = $state.raw<F | null>(null);
	status = $state<ViewStatus>('ready');
	engine = $state<EngineStatus>('starting');
	error = $state.raw<unknown>(null);
	/** The filters asked for (the URL's): `data` answers them once `stale` is false. */
	wanted = $state.raw<F | null>(null);
	#wanted: F;
	#latest = new Latest();

	constructor(private options: LiveViewOptions<F, T>) {
		this.data = options.initial;
		this.filters = options.initial === null ? null : options.initialFilters;
		this.#wanted = options.initialFilters;
		this.wanted = options.initialFilters;
	}

	/**
	 * True while the view shows other filters' data than those asked for (e.g. the prerendered default
	 * while the engine starts): the page must dim it and say so, never present it as the answer.
	 */
	get stale(): boolean {
		return this.filters !== null && this.wanted !== null && !same(this.wanted, this.filters);
	}

	/** Starts the engine, loads the page's tables and runs its query once, off the critical path. */
	async warm(): Promise<void> {
		if (this.options.initialFromEngine && this.options.initial !== null) {
			this.engine = 'ready';
			return;
		}
		try {
			performance.mark('view:warm');
			const db = await this.options.connect();
			await db.ensure(this.options.tables);
			performance.mark('view:tables');
			await this.options.load(db, this.options.initialFilters);
			performance.mark('view:ready');
			this.engine = 'ready';
		} catch (error) {
			this.engine = 'error';
			this.error = error;
		}
	}

	/** Shows the view for these filters (no-op when it already does). */
	async show(filters: F, force = false): Promise<void> {
		this.#wanted = filters;
		this.wanted = filters;
		if (!force && this.filters !== null && same(filters, this.filters) && this.status !== 'error') return;
		this.status = 'updating';
		await this.#latest.run(
			async () => this.options.load(await this.options.connect(), filters),
			(data) => {
				this.data = data;
				this.filters = filters;
				this.status = 'ready';
				this.engine = 'ready';
			},
			(error) => {
				this.error = error;
				this.status = 'error';
			}
		);
	}

	/** After a failure: start the engine again and ask for the wanted view. */
	async retry(): Promise<void> {
		this.options.reset?.();
		this.error = null;
		this.engine = 'starting';
		const stale = this.status === 'error' || this.filters === null || !same(this.#wanted, this.filters);
		await Promise.all([this.warm(), stale ? this.show(this.#wanted, true) : null]);
	}
}

function same<F>(a: F, b: F): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
