/**
 * A lookup keyed by several columns of a row, as nested maps: no joined key strings are built, which keeps
 * checks over a million rows fast and light on memory. Rows are passed as their value arrays plus the
 * positions of the key columns, so one index can be filled from one table and queried from another.
 */
type Level<V> = Map<string, Level<V> | V>;

export class TupleIndex<V> {
	private readonly root: Level<V> = new Map();

	/** Store `value` under the row's key unless the key is present; returns the value already stored, if any. */
	setIfAbsent(values: readonly string[], positions: readonly number[], value: V): V | undefined {
		let level = this.root;
		const last = positions.length - 1;
		for (let i = 0; i < last; i++) {
			let next = level.get(values[positions[i]]) as Level<V> | undefined;
			if (next === undefined) level.set(values[positions[i]], (next = new Map()));
			level = next;
		}
		const key = values[positions[last]];
		if (level.has(key)) return level.get(key) as V;
		level.set(key, value);
		return undefined;
	}

	get(values: readonly string[], positions: readonly number[]): V | undefined {
		let level: Level<V> | undefined = this.root;
		const last = positions.length - 1;
		for (let i = 0; i < last && level !== undefined; i++) level = level.get(values[positions[i]]) as Level<V> | undefined;
		return level?.get(values[positions[last]]) as V | undefined;
	}
}
