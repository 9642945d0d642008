/**
 * The items that lead on a share, ties kept together: the strongest and the weakest targets of a summary
 * ("6.1 and 6.2 (67 of 91 each)"). Pure: the caller words it.
 */
export interface Counted<T> {
	item: T;
	count: number;
	total: number;
}

/** The items with the largest count/total (count > 0, total > 0), all of them when tied; empty when none. */
export function leaders<T>(rows: Counted<T>[]): Counted<T>[] {
	const candidates = rows.filter((row) => row.count > 0 && row.total > 0);
	if (candidates.length === 0) return [];
	const best = Math.max(...candidates.map((row) => row.count / row.total));
	return candidates.filter((row) => row.count / row.total === best);
}

/** True when every leader has the same count and total, so one "(n of m each)" describes them all. */
export const sameCounts = <T>(rows: Counted<T>[]) => rows.every((row) => row.count === rows[0].count && row.total === rows[0].total);
