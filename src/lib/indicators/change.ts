/**
 * The change of an indicator between two years: absolute, relative, its direction, and whether that direction
 * is good news for biodiversity (a rise in the Red List Index is; a rise in an extinction rate would not be).
 */
export type Direction = 'up' | 'down' | 'flat';
/** null when the data does not say which direction is desired. */
export type Verdict = 'favourable' | 'unfavourable' | 'neutral' | null;

export interface Change {
	from_year: number;
	to_year: number;
	from: number;
	to: number;
	absolute: number;
	/** Relative to the start value; null when that is 0. */
	percent: number | null;
	direction: Direction;
	verdict: Verdict;
}

/** Differences below this share of the start value are rounding noise of the sources, not change. */
const FLAT = 1e-9;

export function describeChange(fromYear: number, from: number | null, toYear: number, to: number | null, desired: 'up' | 'down' | null): Change | null {
	if (from == null || to == null) return null;
	const absolute = to - from;
	const direction: Direction = Math.abs(absolute) <= FLAT * Math.max(1, Math.abs(from)) ? 'flat' : absolute > 0 ? 'up' : 'down';
	const verdict: Verdict = direction === 'flat' ? 'neutral' : desired === null ? null : direction === desired ? 'favourable' : 'unfavourable';
	return { from_year: fromYear, to_year: toYear, from, to, absolute, percent: from === 0 ? null : absolute / Math.abs(from), direction, verdict };
}
