/**
 * Answers only the latest request: a slower, earlier answer (or failure) never overwrites a later one, and
 * `cancel` drops the one pending. LiveView and the evidence panel load through it.
 */
export class Latest {
	#ticket = 0;

	/** Runs `load`, then `done` or `failed`, unless a later run or a cancel came meanwhile. */
	async run<T>(load: () => Promise<T>, done: (value: T) => void, failed: (error: unknown) => void): Promise<void> {
		const ticket = ++this.#ticket;
		try {
			const value = await load();
			if (ticket === this.#ticket) done(value);
		} catch (error) {
			if (ticket === this.#ticket) failed(error);
		}
	}

	/** Drops the pending answer, if any. */
	cancel(): void {
		this.#ticket += 1;
	}
}
