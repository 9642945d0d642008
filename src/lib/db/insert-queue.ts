/**
 * The order tables go into the browser's engine once it is open: one at a time, the most recently asked first.
 * A page asks for tables ahead of need (a live view warming up, a country's evidence once the page is idle) and again
 * when a reader waits for them (a filter changed, a cell clicked). Asking again moves a table that is still waiting
 * to the front, so what the reader waits for is not queued behind what was asked ahead: e.g. a country's evidence
 * behind the status table its activities section warms up with (about 36,000 rows at 1M responses).
 */
interface Waiting<T> {
	name: string;
	/** The table's data, fetched and decoded while it waits (its insert waits for it, and for the engine). */
	data: Promise<T>;
	/** Set once `data` has settled. */
	ready: boolean;
	insert: (data: T) => Promise<void>;
	/** When it was last asked for (a counter): the highest goes first, the earliest added among equals. */
	asked: number;
	done: { resolve: () => void; reject: (error: unknown) => void };
}

export class InsertQueue {
	#waiting: Waiting<never>[] = [];
	#asked = 0;
	#draining = false;
	#opened = false;
	#failed: { error: unknown } | null = null;
	/** Resolves when a waiting table's data settles (the drain waits on it when no table is ready). */
	#settled: () => void = () => {};

	/** `opening`: the engine's start; nothing is inserted before it resolves (a failed start fails every insert). */
	constructor(private opening: Promise<unknown>) {
		opening.then(
			() => {
				this.#opened = true;
				this.#drain();
			},
			(error) => {
				this.#failed = { error };
				for (const waiting of this.#waiting.splice(0)) waiting.done.reject(error);
			}
		);
	}

	/**
	 * Inserts table `name` with `insert(data)` once the engine is open, `data` is here and its turn comes: in the order
	 * added, unless `ask` moved it.
	 */
	add<T>(name: string, data: Promise<T>, insert: (data: T) => Promise<void>): Promise<void> {
		if (this.#failed) return Promise.reject(this.#failed.error);
		return new Promise<void>((resolve, reject) => {
			const waiting: Waiting<T> = { name, data, ready: false, insert, asked: this.#asked, done: { resolve, reject } };
			this.#waiting.push(waiting as unknown as Waiting<never>);
			const settle = () => {
				waiting.ready = true;
				this.#settled();
			};
			data.then(settle, settle);
			this.#drain();
		});
	}

	/** Moves the named tables, where they still wait, before every other waiting table (among them, the earliest added first). */
	ask(names: readonly string[]): void {
		const asked = ++this.#asked;
		for (const waiting of this.#waiting) if (names.includes(waiting.name)) waiting.asked = asked;
	}

	async #drain(): Promise<void> {
		if (this.#draining || !this.#opened) return;
		this.#draining = true;
		try {
			while (this.#waiting.length) {
				const next = this.#next();
				if (!next) {
					await new Promise<void>((resolve) => (this.#settled = resolve));
					continue;
				}
				this.#waiting.splice(this.#waiting.indexOf(next), 1);
				try {
					await next.insert(await next.data);
					next.done.resolve();
				} catch (error) {
					next.done.reject(error);
				}
			}
		} finally {
			this.#draining = false;
		}
	}

	/** The ready table asked last (the earliest added among those asked together), or none while no data is here. */
	#next(): Waiting<never> | undefined {
		let best: Waiting<never> | undefined;
		for (const waiting of this.#waiting) if (waiting.ready && (!best || waiting.asked > best.asked)) best = waiting;
		return best;
	}
}
